import { useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';

import { FormError } from '../../../components/ui/form-error';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage, fieldErrors } from '../../../i18n/error-messages';
import { formatDateTime } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useComments, useCreateComment } from '../api/comments';
import { commentSegments, insertMention, mentionQueryAt } from '../lib/mention-text';
import type { RoadmapView } from './roadmap-context';

export type CommentsPanelProps = { view: RoadmapView; itemId: string | null };

/** Comments on the roadmap or one item, with an @mention picker over the municipality's people. */
export function CommentsPanel({ view, itemId }: CommentsPanelProps) {
  const t = useT();
  const [locale] = useLocale();
  const comments = useComments(view.organizationId, view.roadmapId, itemId);
  const create = useCreateComment(view.organizationId, view.roadmapId);
  const [body, setBody] = useState('');
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const headingId = `${id}-heading`;
  const listId = `${id}-mentions`;

  const at = mentionQueryAt(body, caret);
  const candidates = at
    ? view.people
        .filter((person) =>
          `${person.displayName} ${person.email}`.toLocaleLowerCase().includes(at.query.toLocaleLowerCase()),
        )
        .slice(0, 8)
    : [];
  const open = candidates.length > 0;

  const choose = (index: number) => {
    const person = candidates[index];
    if (!person || !at) return;
    const result = insertMention(body, at, person);
    setBody(result.text);
    setCaret(result.caret);
    setActive(0);
    requestAnimationFrame(() => {
      textRef.current?.focus();
      textRef.current?.setSelectionRange(result.caret, result.caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((active + 1) % candidates.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((active - 1 + candidates.length) % candidates.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setCaret(-1);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim()) return;
    create.mutate(
      { body: body.trim(), itemId },
      {
        onSuccess: () => {
          setBody('');
          setCaret(0);
        },
      },
    );
  };

  const bodyError = fieldErrors(t, create.error).body;
  const formError = create.error && !bodyError ? errorMessage(t, create.error) : null;

  return (
    <section className="panel stack comments" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {itemId ? t('roadmaps.comments.itemHeading') : t('roadmaps.comments.heading')}
      </h2>
      {comments.isPending ? <Spinner /> : null}
      {comments.isError ? <FormError message={errorMessage(t, comments.error)} /> : null}
      {comments.data && comments.data.items.length === 0 ? (
        <p className="muted">{t('roadmaps.comments.empty')}</p>
      ) : null}
      {comments.data && comments.data.items.length > 0 ? (
        <ol className="comment-list">
          {comments.data.items.map((comment) => (
            <li key={comment.id} className="comment">
              <p className="comment__meta">
                <strong>{comment.authorName}</strong>{' '}
                <time dateTime={comment.createdAt} className="muted">
                  {formatDateTime(locale, comment.createdAt)}
                </time>
              </p>
              <p className="comment__body">
                {commentSegments(comment.body).map((segment, index) =>
                  segment.kind === 'text' ? (
                    <span key={index}>{segment.text}</span>
                  ) : (
                    <mark key={index} className="mention">
                      @{segment.name}
                    </mark>
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      {view.canComment ? (
        <form className="form" onSubmit={onSubmit} noValidate>
          <FormError message={formError} />
          <div className={bodyError ? 'field field--invalid mention-field' : 'field mention-field'}>
            <label className="field__label" htmlFor={`${id}-body`}>
              {t('roadmaps.comments.label')}
            </label>
            <p className="field__hint" id={`${id}-hint`}>
              {view.people.length > 0 ? t('roadmaps.comments.mentionHint') : t('roadmaps.comments.hint')}
            </p>
            {bodyError ? (
              <p className="field__error" id={`${id}-error`}>
                {bodyError}
              </p>
            ) : null}
            <textarea
              ref={textRef}
              id={`${id}-body`}
              className="field__input field__textarea"
              rows={3}
              maxLength={5000}
              value={body}
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={open}
              aria-controls={listId}
              aria-activedescendant={open ? `${listId}-${active}` : undefined}
              aria-describedby={[`${id}-hint`, bodyError ? `${id}-error` : null].filter(Boolean).join(' ')}
              aria-invalid={bodyError ? true : undefined}
              onChange={(event) => {
                setBody(event.target.value);
                setCaret(event.target.selectionStart);
                setActive(0);
              }}
              onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
              onKeyDown={onKeyDown}
            />
            <ul
              id={listId}
              role="listbox"
              className="mention-list"
              hidden={!open}
              aria-label={t('roadmaps.comments.people')}
            >
              {candidates.map((person, index) => (
                <li
                  key={person.userId}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={
                    index === active
                      ? 'mention-list__option mention-list__option--active'
                      : 'mention-list__option'
                  }
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(index);
                  }}
                >
                  {person.displayName} <span className="muted">{person.email}</span>
                </li>
              ))}
            </ul>
          </div>
          <div className="form__actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={create.isPending || !body.trim()}
            >
              {create.isPending ? t('roadmaps.comments.sending') : t('roadmaps.comments.send')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
