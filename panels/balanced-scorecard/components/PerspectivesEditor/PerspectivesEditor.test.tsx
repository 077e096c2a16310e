import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { testIds } from '../../../../app/testIds';
import { DEFAULT_PERSPECTIVES, type PerspectiveOption } from '../../options';
import { PerspectivesEditor } from './PerspectivesEditor';

const item = { id: 'perspectives', name: 'Perspectives' };

/** The editor inside a stand-in for Grafana's options pane, which feeds every change back as the value. */
function renderEditor(initial: PerspectiveOption[] = DEFAULT_PERSPECTIVES) {
  const changes: PerspectiveOption[][] = [];
  function OptionsPane() {
    const [value, setValue] = useState(initial);
    const onChange = (next?: PerspectiveOption[]) => {
      changes.push(next ?? []);
      setValue(next ?? []);
    };
    return <PerspectivesEditor value={value} onChange={onChange} context={{ data: [] }} item={item} />;
  }
  render(<OptionsPane />);
  return { changes, last: () => changes[changes.length - 1] };
}

const input = (field: 'Id' | 'Name' | 'Weight', n: number) => screen.getByLabelText(`${field} of perspective ${n}`);
const shownIds = () =>
  screen.getAllByLabelText(/^Id of perspective/).map((i) => (i instanceof HTMLInputElement ? i.value : null));
const rowText = (n: number) => screen.getByTestId(testIds.balancedPanel.perspectiveRow(n - 1)).textContent;

describe('PerspectivesEditor', () => {
  it('shows one row per perspective with id, name and an empty weight taken from the data', () => {
    renderEditor();
    expect(shownIds()).toEqual(['financial', 'customer', 'internal-process', 'learning-growth']);
    expect(input('Name', 4)).toHaveValue('Learning and growth');
    expect(input('Weight', 1)).toHaveValue('');
  });

  it('adds a perspective with a free id', async () => {
    const { last } = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Add perspective' }));
    expect(input('Id', 5)).toHaveValue('perspective-5');
    expect(last()?.[4]).toEqual({ id: 'perspective-5', name: 'Perspective 5' });
  });

  it('edits a name and a weight, and clears the weight back to the data', async () => {
    const { last } = renderEditor();
    await userEvent.clear(input('Name', 2));
    await userEvent.type(input('Name', 2), 'Our clients');
    await userEvent.type(input('Weight', 2), '2.5');
    expect(last()?.[1]).toEqual({ id: 'customer', name: 'Our clients', weight: 2.5 });
    await userEvent.clear(input('Weight', 2));
    expect(last()?.[1]).toEqual({ id: 'customer', name: 'Our clients' });
  });

  it('moves perspectives up and down, not past either end', async () => {
    const { last } = renderEditor();
    expect(screen.getByRole('button', { name: 'Move perspective 1 up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move perspective 4 down' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Move perspective 1 down' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move perspective 4 up' }));
    expect(shownIds()).toEqual(['customer', 'financial', 'learning-growth', 'internal-process']);
    expect(last()?.map((p) => p.id)).toEqual(['customer', 'financial', 'learning-growth', 'internal-process']);
  });

  it('removes a perspective', async () => {
    const { last } = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Remove perspective 3' }));
    expect(shownIds()).toEqual(['financial', 'customer', 'learning-growth']);
    expect(last()).toHaveLength(3);
  });

  it('says a duplicate id on both rows, keeps what was typed and passes on no invalid list', async () => {
    const { changes, last } = renderEditor();
    await userEvent.clear(input('Id', 2));
    await userEvent.type(input('Id', 2), 'Financial');
    expect(input('Id', 2)).toHaveValue('Financial');
    expect(rowText(2)).toContain('Duplicate id: row 1 has "financial"');
    expect(rowText(1)).toContain('Duplicate id: row 2 has "Financial"');
    expect(input('Id', 2)).toHaveAttribute('aria-invalid', 'true');
    expect(last()?.[1]?.id).toBe('Financia');
    expect(changes.every((list) => new Set(list.map((p) => p.id.toLowerCase())).size === list.length)).toBe(true);

    await userEvent.type(input('Id', 2), ' 2');
    expect(screen.queryByText(/Duplicate id/)).not.toBeInTheDocument();
    expect(last()?.[1]?.id).toBe('Financial 2');
  });

  it('asks for an id and a weight of zero or more, keeping the input', async () => {
    const { last } = renderEditor();
    await userEvent.clear(input('Id', 3));
    expect(rowText(3)).toContain('Enter an id');
    await userEvent.type(input('Id', 3), 'ops');
    await userEvent.type(input('Weight', 3), '-1');
    expect(input('Weight', 3)).toHaveValue('-1');
    const message = within(screen.getByTestId(testIds.balancedPanel.perspectiveRow(2))).getByText(
      'Weight cannot be negative'
    );
    expect(input('Weight', 3)).toHaveAccessibleDescription(message.textContent ?? '');
    expect(last()?.[2]).toEqual({ id: 'ops', name: 'Internal process' });
  });

  it('starts again from a value changed outside the editor', () => {
    const props = { onChange: () => {}, context: { data: [] }, item };
    const { rerender } = render(<PerspectivesEditor value={DEFAULT_PERSPECTIVES} {...props} />);
    rerender(<PerspectivesEditor value={[{ id: 'people', name: 'People', weight: 3 }]} {...props} />);
    expect(shownIds()).toEqual(['people']);
    expect(input('Weight', 1)).toHaveValue('3');
  });
});
