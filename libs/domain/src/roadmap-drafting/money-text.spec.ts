import { isMoneyText, kopecksToMoneyText, moneyTextToKopecks } from './money-text';

describe('money text', () => {
  it.each([
    ['0', '0'],
    ['0.05', '5'],
    ['1234567.89', '123456789'],
    ['100', '10000'],
    ['9999999999999.99', '999999999999999'],
  ])('converts %s roubles to %s kopecks and back', (text, kopecks) => {
    expect(moneyTextToKopecks(text)).toBe(kopecks);
    expect(kopecksToMoneyText(kopecks)).toBe(text.includes('.') ? text : `${text}.00`);
  });

  it.each(['', '-1.00', '1.5', '1.234', '01.00', '1 000.00', '1,00', '1e3', '10000000000000.00', ' 1'])(
    'refuses %j',
    (text) => {
      expect(isMoneyText(text)).toBe(false);
      expect(() => moneyTextToKopecks(text)).toThrow(RangeError);
    },
  );

  it('formats small and negative kopeck amounts', () => {
    expect(kopecksToMoneyText('7')).toBe('0.07');
    expect(kopecksToMoneyText(0)).toBe('0.00');
    expect(kopecksToMoneyText(-150)).toBe('-1.50');
    expect(() => kopecksToMoneyText('1.5')).toThrow(RangeError);
  });
});
