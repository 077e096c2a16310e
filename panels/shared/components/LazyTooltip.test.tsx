import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LazyTooltip } from './LazyTooltip';

const renderName = () =>
  render(
    <LazyTooltip content="Net Promoter Score, owner: CX">
      <span>NPS</span>
    </LazyTooltip>
  );

describe('LazyTooltip', () => {
  it('mounts no tooltip until used, yet the name can take focus', () => {
    renderName();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(screen.getByText('NPS')).toHaveAttribute('tabindex', '0');
  });

  it('opens on the first hover and closes when the pointer leaves', async () => {
    renderName();
    await userEvent.hover(screen.getByText('NPS'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Net Promoter Score, owner: CX');
    await userEvent.unhover(screen.getByText('NPS'));
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
    await userEvent.hover(screen.getByText('NPS'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Net Promoter Score, owner: CX');
  });

  it('opens when reached with the keyboard and closes on Escape', async () => {
    renderName();
    await userEvent.tab();
    expect(screen.getByText('NPS')).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Net Promoter Score, owner: CX');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });
});
