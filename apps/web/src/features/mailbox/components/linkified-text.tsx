import { Fragment } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'»])/g;

export type LinkifiedTextProps = { text: string };

/** Plain text with its http(s) URLs turned into links (nothing else is interpreted: no HTML injection). */
export function LinkifiedText({ text }: LinkifiedTextProps) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, index) =>
        // split() with a capturing group puts the matches at odd indexes.
        index % 2 === 1 ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
