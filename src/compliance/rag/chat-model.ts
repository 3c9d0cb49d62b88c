import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AzureChatOpenAI, ChatOpenAI } from '@langchain/openai';
import type { AppConfig } from '../../config/app-config.js';

/**
 * The chat model when one is configured; undefined means the extractive answerer. No retries: a slow or
 * failing model should degrade to the extractive answer within LLM_TIMEOUT_MS, not after several attempts.
 */
export function createChatModel(config: AppConfig['compliance']): BaseChatModel | undefined {
  if (config.openai) {
    const { apiKey, baseUrl, chatModel } = config.openai;
    return new ChatOpenAI({
      apiKey,
      model: chatModel,
      temperature: 0,
      maxRetries: 0,
      timeout: config.llmTimeoutMs,
      streamUsage: false,
      configuration: baseUrl ? { baseURL: baseUrl } : undefined,
    });
  }
  if (config.azure?.chatDeployment) {
    const { apiKey, endpoint, apiVersion, chatDeployment } = config.azure;
    return new AzureChatOpenAI({
      azureOpenAIApiKey: apiKey,
      azureOpenAIEndpoint: endpoint,
      azureOpenAIApiDeploymentName: chatDeployment,
      azureOpenAIApiVersion: apiVersion,
      temperature: 0,
      maxRetries: 0,
      timeout: config.llmTimeoutMs,
    });
  }
  return undefined;
}
