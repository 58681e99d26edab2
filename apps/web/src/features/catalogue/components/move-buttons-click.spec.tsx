/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';

import { I18nProvider } from '../../../i18n/i18n-provider';
import type { MoveDelta } from '../lib/display-order';
import { MoveButtons } from './move-buttons';

describe('MoveButtons clicks', () => {
  it('moves the row up by one with "up" and down by one with "down"', () => {
    const moves: MoveDelta[] = [];
    render(
      <I18nProvider>
        <MoveButtons
          rowId="m1"
          upLabel="Переместить SC-01 выше"
          downLabel="Переместить SC-01 ниже"
          canMoveUp
          canMoveDown
          onMove={(delta) => moves.push(delta)}
        />
      </I18nProvider>,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Переместить SC-01 выше' }));
    fireEvent.click(screen.getByRole('button', { name: 'Переместить SC-01 ниже' }));

    expect(moves).toEqual([-1, 1]);
  });
});
