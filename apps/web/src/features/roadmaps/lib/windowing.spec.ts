import { visibleWindow } from './windowing';

describe('visibleWindow', () => {
  it('renders only the rows in view plus the overscan, padding the rest', () => {
    const range = visibleWindow({
      scrollTop: 4000,
      viewportHeight: 400,
      rowHeight: 40,
      count: 1000,
      overscan: 5,
    });
    expect(range).toEqual({ start: 95, end: 116, paddingTop: 3800, paddingBottom: (1000 - 116) * 40 });
    expect(range.end - range.start).toBeLessThan(30);
  });

  it('starts counting rows below what sits above them (a sticky header)', () => {
    const range = visibleWindow({
      scrollTop: 440,
      viewportHeight: 400,
      rowHeight: 44,
      count: 1000,
      offset: 40,
      overscan: 0,
    });
    expect(range.start).toBe(9);
    expect(
      visibleWindow({ scrollTop: 20, viewportHeight: 400, rowHeight: 44, count: 1000, offset: 40 }).start,
    ).toBe(0);
  });

  it('clamps at both ends and handles empty lists', () => {
    expect(visibleWindow({ scrollTop: 0, viewportHeight: 400, rowHeight: 40, count: 3 })).toEqual({
      start: 0,
      end: 3,
      paddingTop: 0,
      paddingBottom: 0,
    });
    expect(
      visibleWindow({ scrollTop: 99999, viewportHeight: 400, rowHeight: 40, count: 10, overscan: 0 }).end,
    ).toBe(10);
    expect(visibleWindow({ scrollTop: 0, viewportHeight: 400, rowHeight: 40, count: 0 }).end).toBe(0);
  });
});
