import { Link } from 'react-aria-components';

export function NotYetPage({ area }: { area: string }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{area}</h1>
      <p>
        This part of the console is not built yet. Your data is safe and reachable through the API.
      </p>
    </section>
  );
}

export function NotFoundPage() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Page not found</h1>
      <p>
        There is no page at this address. <Link href="/">Go to your start page</Link>.
      </p>
    </section>
  );
}
