import { ChatExchangeView } from './chat-exchange-view';
import { CopilotIntro } from './copilot-intro';
import { QuestionForm } from './question-form';
import { useCopilotChat } from './use-copilot-chat';

export function CopilotPage() {
  const chat = useCopilotChat();
  return (
    <>
      <div className="page-heading">
        <h1>Compliance copilot</h1>
      </div>
      <div className="chat-log" role="log" aria-label="Questions and answers" aria-busy={chat.busy}>
        {chat.exchanges.length === 0 ? (
          <CopilotIntro busy={chat.busy} onAsk={(question) => void chat.ask(question)} />
        ) : (
          chat.exchanges.map((exchange) => <ChatExchangeView key={exchange.id} exchange={exchange} />)
        )}
      </div>
      <QuestionForm busy={chat.busy} onAsk={(question) => void chat.ask(question)} />
    </>
  );
}
