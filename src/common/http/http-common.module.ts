import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { EventStreams } from './event-stream.js';

/** HTTP helpers shared by every feature, one instance per application (the stream cap counts across features). */
@Global()
@Module({
  providers: [{ provide: EventStreams, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new EventStreams(config.security.eventStreamsPerAddress) }],
  exports: [EventStreams],
})
export class HttpCommonModule {}
