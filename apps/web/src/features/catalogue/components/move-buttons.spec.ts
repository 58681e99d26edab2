// Rendered to static markup in node (no DOM): the buttons' names, visible text and disabled states.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import { I18nProvider } from '../../../i18n/i18n-provider';
import { MoveButtons, type MoveButtonsProps } from './move-buttons';

const render = (props: Partial<MoveButtonsProps> = {}) =>
  renderToStaticMarkup(
    createElement(
      I18nProvider,
      null,
      createElement(MoveButtons, {
        rowId: 'm1',
        upLabel: 'Переместить SC-01 выше',
        downLabel: 'Переместить SC-01 ниже',
        canMoveUp: true,
        canMoveDown: true,
        onMove: () => undefined,
        ...props,
      }),
    ),
  );

const buttons = (html: string) => [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)];
const attribute = (attributes: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1] ?? null;

describe('MoveButtons', () => {
  it('renders an "up" and a "down" button named after the row they move, with visible text in the name', () => {
    const [up, down] = buttons(render());

    expect(attribute(up[1], 'aria-label')).toBe('Переместить SC-01 выше');
    expect(attribute(down[1], 'aria-label')).toBe('Переместить SC-01 ниже');
    expect(attribute(up[1], 'type')).toBe('button');
    // The visible word is part of the accessible name (speech input users say what they see).
    expect(up[2]).toContain('Выше');
    expect(down[2]).toContain('Ниже');
    expect(attribute(up[1], 'aria-label')!.toLowerCase()).toContain('выше');
    expect(attribute(up[1], 'id')).toBe('move-m1-up');
    expect(attribute(down[1], 'id')).toBe('move-m1-down');
  });

  it('disables only the direction the row cannot move in', () => {
    const [firstUp, firstDown] = buttons(render({ canMoveUp: false }));
    const [lastUp, lastDown] = buttons(render({ canMoveDown: false }));

    expect(firstUp[1]).toMatch(/\sdisabled=""/);
    expect(firstDown[1]).not.toMatch(/\sdisabled/);
    expect(lastUp[1]).not.toMatch(/\sdisabled/);
    expect(lastDown[1]).toMatch(/\sdisabled=""/);
  });
});
