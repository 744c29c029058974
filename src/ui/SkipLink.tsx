interface Props {
  targetId: string;
  label: string;
}

/**
 * "Skip to results". Moves focus itself instead of following `#results`: a fragment link would add
 * a history entry, and the app keeps exactly one.
 */
export function SkipLink({ targetId, label }: Props) {
  return (
    <a
      class="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        event.preventDefault();
        const target = document.getElementById(targetId);
        target?.focus();
        target?.scrollIntoView({ block: 'start' });
      }}
    >
      {label}
    </a>
  );
}
