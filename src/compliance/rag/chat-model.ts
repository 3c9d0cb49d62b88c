import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { initChatModel } from 'langchain/chat_models/universal';
import type { AppConfig } from '../../config/app-config.js';

/** What initChatModel needs: a provider it knows, the model (Azure: the deployment) and the provider's own fields. */
export interface ChatModelChoice {
  readonly modelProvider: 'openai' | 'azure_openai';
  readonly model: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/**
 * Which provider the configuration names, with its connection fields; undefined means the extractive answerer.
 * No retries: a slow or failing model should degrade to the extractive answer within LLM_TIMEOUT_MS, not after
 * several attempts.
 */
export function chatModelChoice(config: AppConfig['compliance']): ChatModelChoice | undefined {
  const common = { temperature: 0, maxRetries: 0, timeout: config.llmTimeoutMs };
  if (config.openai) {
    const { apiKey, baseUrl, chatModel } = config.openai;
    return {
      modelProvider: 'openai',
      model: chatModel,
      fields: { ...common, apiKey, streamUsage: false, configuration: baseUrl ? { baseURL: baseUrl } : undefined },
    };
  }
  if (config.azure?.chatDeployment) {
    const { apiKey, endpoint, apiVersion, chatDeployment } = config.azure;
    return {
      modelProvider: 'azure_openai',
      model: chatDeployment,
      fields: {
        ...common,
        azureOpenAIApiKey: apiKey,
        azureOpenAIEndpoint: endpoint,
        azureOpenAIApiDeploymentName: chatDeployment,
        azureOpenAIApiVersion: apiVersion,
      },
    };
  }
  return undefined;
}

/**
 * The chat model when one is configured. LangChain's initChatModel picks the provider class (ChatOpenAI or
 * AzureChatOpenAI from @langchain/openai), so another provider is a configuration entry and a package, not a
 * new branch here. It builds the model on first use; the fields are checked by loadConfig before that.
 */
export async function createChatModel(config: AppConfig['compliance']): Promise<BaseChatModel | undefined> {
  const choice = chatModelChoice(config);
  if (!choice) return undefined;
  return initChatModel(choice.model, { modelProvider: choice.modelProvider, ...choice.fields });
}
