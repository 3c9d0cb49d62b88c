import { Global, Module } from '@nestjs/common';
import { DatabaseService } from './database.service.js';

/** Global, because telemetry, compliance and the rate limiter each use the one pool without importing each other. */
@Global()
@Module({ providers: [DatabaseService], exports: [DatabaseService] })
export class DatabaseModule {}
