import type { Embeddings } from '@langchain/core/embeddings';
import { AzureOpenAIEmbeddings, OpenAIEmbeddings } from '@langchain/openai';
import type { AppConfig } from '../../config/app-config.js';
import { LexicalEmbeddings } from './lexical-embeddings.js';

/** Which embedder built an index; an index built by another one is rebuilt, never mixed. */
export interface EmbedderIdentity {
  name: string;
  model: string;
}

export interface Embedder {
  identity: EmbedderIdentity;
  embeddings: Embeddings;
  /** Present for the offline embedder: its IDF is refitted on the corpus and saved with the index. */
  lexical?: LexicalEmbeddings;
}

/** OpenAI when a key is set, else Azure OpenAI when an embedding deployment is set, else the offline embedder. */
export function createEmbedder(config: AppConfig['compliance']): Embedder {
  if (config.openai) {
    const { apiKey, baseUrl, embeddingModel } = config.openai;
    const embeddings = new OpenAIEmbeddings({
      apiKey,
      model: embeddingModel,
      maxRetries: 1,
      timeout: config.llmTimeoutMs,
      configuration: baseUrl ? { baseURL: baseUrl } : undefined,
    });
    return { identity: { name: 'openai', model: `${baseUrl ?? 'api.openai.com'}|${embeddingModel}` }, embeddings };
  }
  if (config.azure?.embeddingDeployment) {
    const { apiKey, endpoint, apiVersion, embeddingDeployment } = config.azure;
    const embeddings = new AzureOpenAIEmbeddings({
      azureOpenAIApiKey: apiKey,
      azureOpenAIEndpoint: endpoint,
      azureOpenAIApiDeploymentName: embeddingDeployment,
      azureOpenAIApiVersion: apiVersion,
      maxRetries: 1,
      timeout: config.llmTimeoutMs,
    });
    return { identity: { name: 'azure-openai', model: `${endpoint}|${embeddingDeployment}` }, embeddings };
  }
  const lexical = new LexicalEmbeddings();
  return { identity: { name: lexical.name, model: lexical.model }, embeddings: lexical, lexical };
}
