/** The search by the start of a public name: a GET form, as a public name is no secret and the results page. */
export function PeopleNameSearch({ name }: { name: string }) {
  return (
    <form method="get" action="/moderation/people" className="mb-10">
      <div className="mb-6">
        <label htmlFor="name" className="mb-1 block font-bold">
          Find people by public name
        </label>
        <p id="name-hint" className="mb-2 text-muted">
          The start of the name is enough, in any case.
        </p>
        <input
          id="name"
          name="name"
          type="search"
          defaultValue={name}
          maxLength={60}
          aria-describedby="name-hint"
          className="w-full max-w-md border-2 border-ink bg-paper px-2 py-1 text-[1.1875rem] focus-visible:outline-[3px] focus-visible:outline-focus"
        />
      </div>
      <button
        type="submit"
        className="min-h-11 border-b-4 border-button-secondary-shadow bg-wash px-5 py-2 text-[1.1875rem] font-bold text-ink hover:bg-button-secondary-hover"
      >
        Search names
      </button>
    </form>
  );
}
