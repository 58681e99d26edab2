import { budgetByYear, formatKopecks, formatMoneyText } from './budget';

describe('budget by year', () => {
  it('sums exactly by year and source', () => {
    const rows = budgetByYear([
      { budgetLines: [{ year: 2025, source: 'federal', planned: '0.10', actual: null }] },
      {
        budgetLines: [
          { year: 2025, source: 'federal', planned: '0.20', actual: null },
          { year: 2024, source: 'municipal', planned: '9999999999999.99', actual: null },
        ],
      },
    ]);
    expect(rows.map((row) => row.year)).toEqual([2024, 2025]);
    expect(rows[1].bySource.federal).toBe(30n);
    expect(formatKopecks(rows[0].total, 'en')).toBe('RUB\u00a09,999,999,999,999.99');
  });

  it('formats the wire format for people', () => {
    expect(formatMoneyText('1234567.89', 'ru')).toBe('1\u202f234\u202f567,89\u00a0₽');
    expect(formatMoneyText('5', 'en')).toBe('RUB\u00a05.00');
  });
});
