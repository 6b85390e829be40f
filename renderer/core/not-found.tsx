import { MAIN_ID } from './landmarks';
import { routeToHash } from './route';

export function NotFound({ message = 'There is nothing at this address.' }: { message?: string }) {
  return (
    <main id={MAIN_ID} tabIndex={-1} className="status">
      <h1>Not found</h1>
      <p>{message}</p>
      <p>
        <a href={routeToHash({ name: 'library' })}>Back to the library</a>
      </p>
    </main>
  );
}
