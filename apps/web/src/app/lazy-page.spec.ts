import { lazyPage, PageLoadError } from './lazy-page';

function SomePage() {
  return null;
}

describe(lazyPage.name, () => {
  it('gives the router the loaded component', async () => {
    await expect(lazyPage(() => Promise.resolve(SomePage))()).resolves.toEqual({ Component: SomePage });
  });

  it('turns a failed chunk import into a PageLoadError that keeps the cause', async () => {
    const cause = new TypeError('Failed to fetch dynamically imported module: /assets/roadmap-route-x.js');

    const error = await lazyPage(() => Promise.reject(cause))().catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(PageLoadError);
    expect((error as PageLoadError).cause).toBe(cause);
    expect((error as PageLoadError).message).toContain('Failed to fetch dynamically imported module');
  });
});
