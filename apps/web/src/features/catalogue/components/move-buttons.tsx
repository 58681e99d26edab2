import { useT } from '../../../i18n/i18n-provider';
import { moveButtonId, type MoveDelta } from '../lib/display-order';

export type MoveButtonsProps = {
  /** The row's id: the buttons' ids derive from it (see moveButtonId). */
  rowId: string;
  /** Accessible names that say what moves, e.g. "Переместить SC2019-GU-01 выше". */
  upLabel: string;
  downLabel: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (delta: MoveDelta) => void;
};

/**
 * "Up" and "down" buttons of one row of a draft (a direction or an item): keyboard-usable, each named after the
 * row it moves; the one that cannot move (first or last row) is disabled.
 */
export function MoveButtons({ rowId, upLabel, downLabel, canMoveUp, canMoveDown, onMove }: MoveButtonsProps) {
  const t = useT();
  return (
    <span className="move-buttons">
      <button
        type="button"
        id={moveButtonId(rowId, -1)}
        className="button button--secondary button--small"
        aria-label={upLabel}
        title={upLabel}
        disabled={!canMoveUp}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">↑</span> {t('catalogueDraft.moveUp')}
      </button>
      <button
        type="button"
        id={moveButtonId(rowId, 1)}
        className="button button--secondary button--small"
        aria-label={downLabel}
        title={downLabel}
        disabled={!canMoveDown}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓</span> {t('catalogueDraft.moveDown')}
      </button>
    </span>
  );
}
