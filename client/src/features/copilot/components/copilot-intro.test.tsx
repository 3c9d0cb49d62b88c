import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CopilotIntro } from './copilot-intro';

describe('CopilotIntro', () => {
  it('offers questions to click and explains the answers before the first question', () => {
    const onAsk = vi.fn();
    render(<CopilotIntro busy={false} onAsk={onAsk} />);
    const examples = screen.getAllByRole('button');
    expect(examples.length).toBeGreaterThanOrEqual(6);
    fireEvent.click(examples[3]!);
    expect(onAsk).toHaveBeenCalledWith(examples[3]!.textContent);
    expect(screen.getByRole('heading', { name: 'How answers work' })).toBeInTheDocument();
  });
});
