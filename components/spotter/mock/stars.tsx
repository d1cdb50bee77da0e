/** A row of five stars, `value` of them filled; decorative (the text beside it says the rating). */
export function Stars({ value }: { value: number }) {
  return (
    <span aria-hidden="true" className="inline-flex text-mock-star">
      {[1, 2, 3, 4, 5].map((n) => (
        <svg key={n} viewBox="0 0 20 20" className="size-4">
          <path
            d="M10 1.5l2.6 5.4 5.9.8-4.3 4.1 1 5.8L10 14.8l-5.2 2.8 1-5.8L1.5 7.7l5.9-.8z"
            fill={n <= value ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth="1.3"
          />
        </svg>
      ))}
    </span>
  );
}
