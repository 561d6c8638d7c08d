import { css } from 'lit';

export const compareStyles = css`
  .form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
    margin-bottom: 0.75em;
    font-size: 0.9em;
  }
  label {
    display: grid;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    /* One outer height for the field and the pickers, from the line height, so their
       text shares a baseline at any font or text spacing. */
    line-height: inherit;
    height: calc(1lh + 0.6em + 2px);
    padding: 0 0.3em;
  }
  input {
    width: 9em;
  }
  /* The list pops up in the browser's own colours; keep its text readable there. */
  option {
    color: CanvasText;
  }
  [aria-invalid='true'] {
    border: 2px solid #b3261e;
  }
  .hint {
    flex-basis: 100%;
    margin: 0;
  }
  /* Empty, the hint's live region stays in the accessibility tree, but out of the flow. */
  .hint:empty {
    position: absolute;
  }
  .result {
    min-height: 1.4em;
    margin: 0.5em 0 0;
    font-weight: 600;
  }
`;
