import { ChatExchangeView } from './chat-exchange-view';
import { EXAMPLE_QUESTIONS, QuestionForm } from './question-form';
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
          <div className="state state-empty">
            <p>Answers cite the articles of the directive they rely on. Try one of these:</p>
            <ul className="examples">
              {EXAMPLE_QUESTIONS.map((question) => (
                <li key={question}>
                  <button type="button" className="link-button" disabled={chat.busy} onClick={() => void chat.ask(question)}>
                    {question}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          chat.exchanges.map((exchange) => <ChatExchangeView key={exchange.id} exchange={exchange} />)
        )}
      </div>
      <QuestionForm busy={chat.busy} onAsk={(question) => void chat.ask(question)} />
    </>
  );
}
