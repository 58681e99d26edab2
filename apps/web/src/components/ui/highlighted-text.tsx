import { Fragment } from 'react';

export type HighlightedTextProps = {
  text: string;
  /** Words to mark (case-insensitive); words shorter than two characters are ignored. */
  query: string;
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text with the query's words wrapped in <mark>. */
export function HighlightedText({ text, query }: HighlightedTextProps) {
  const words = query
    .split(/\s+/)
    .map((word) => word.trim())
    .filter((word) => word.length >= 2);
  if (words.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'giu');
  const parts = text.split(pattern);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <mark key={index}>{part}</mark> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}
