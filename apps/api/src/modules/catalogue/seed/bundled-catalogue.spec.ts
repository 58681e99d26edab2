import { isMandatoryFor } from '@smartcity/domain';

import { assertImportable } from './catalogue-seed';
import { iqCitiesIndex, smartCityStandard2019, u4sscKpis } from './bundled-catalogue';

describe('bundled catalogue', () => {
  describe('the 2019 Smart City standard', () => {
    const standard = smartCityStandard2019();

    it('holds the 8 directions, the 5 sourced basic measures and the 22 candidates', () => {
      expect(standard.directions.map((d) => d.code)).toEqual([
        'GU',
        'ZHKH',
        'ENV',
        'TRANSPORT',
        'PUBLIC_SAFETY',
        'ECO_SAFETY',
        'COMMS',
        'TOURISM',
      ]);
      expect(standard.measures.filter((m) => m.kind === 'basic')).toHaveLength(5);
      expect(standard.measures.filter((m) => m.kind === 'additional')).toHaveLength(22);
    });

    it('labels the whole version and every candidate as a reconstruction', () => {
      expect(standard.framework.provenance).toMatchObject({
        status: 'reconstruction',
        note: expect.stringMatching(/^A reconstruction, to be replaced by the official text/),
      });
      expect(standard.framework.provenance.sources.length).toBeGreaterThan(5);
      const candidates = standard.measures.filter((m) => m.code.startsWith('CAND-'));
      expect(candidates.every((m) => m.provenance === 'reconstructed')).toBe(true);
      expect(
        candidates.every((m) => /kind \(basic or additional\)\s+is unknown/.test(m.provenanceNote!)),
      ).toBe(true);
      expect(standard.measures.filter((m) => m.provenance === 'confirmed').map((m) => m.code)).toEqual([
        'SC2019-GU-01',
        'SC2019-GU-02',
        'SC2019-ZHKH-01',
        'SC2019-PS-01',
        'SC2019-ECO-01',
      ]);
    });

    it('makes basic measures mandatory for cities of 100 000+ and regional capitals, by data', () => {
      const platform = standard.measures.find((m) => m.code === 'SC2019-GU-01')!;

      expect(platform).toMatchObject({ deadlineYear: 2020, applicability: { minPopulation: 100_000 } });
      expect(isMandatoryFor(platform, { population: 125_000, isRegionalCapital: false })).toBe(true);
      expect(isMandatoryFor(platform, { population: 60_000, isRegionalCapital: true })).toBe(true);
      expect(isMandatoryFor(platform, { population: 60_000, isRegionalCapital: false })).toBe(false);
    });

    it('files the Wi-Fi candidate of uncertain direction under COMMS, saying so', () => {
      expect(standard.measures.find((m) => m.code === 'CAND-COMMS-01')).toMatchObject({
        directionCode: 'COMMS',
        provenanceNote: expect.stringContaining(
          'Direction uncertain in the sources (ENV or COMMS (unclear))',
        ),
      });
    });
  });

  describe('U4SSC KPIs', () => {
    const u4ssc = u4sscKpis();

    it('holds 91 KPIs: 63 confirmed and 28 unconfirmed, in three dimensions', () => {
      expect(u4ssc.kpis).toHaveLength(91);
      expect(u4ssc.kpis.filter((k) => k.provenance === 'confirmed')).toHaveLength(63);
      expect(u4ssc.kpis.filter((k) => k.provenance === 'unconfirmed')).toHaveLength(28);
      expect(u4ssc.directions.map((d) => d.titleEn)).toEqual([
        'Economy',
        'Environment',
        'Society and Culture',
      ]);
      expect(new Set(u4ssc.kpis.map((k) => k.code)).size).toBe(91);
    });

    it('merges both files into methodology order and keeps each source note', () => {
      const codes = u4ssc.kpis.map((k) => k.code);

      expect(codes.slice(0, 2)).toEqual(['EC: ICT: ICT: 1C', 'EC: ICT: ICT: 2C']);
      expect(codes.indexOf('EC: I: WS: 1C')).toBe(codes.indexOf('EC: I: WS: 2C') - 1);
      expect(u4ssc.kpis.find((k) => k.code === 'EC: I: T: 4A')).toMatchObject({
        subDimension: 'Infrastructure',
        category: 'Transport',
        unit: '% by mode (private vehicle, public transport, walking, cycling, para transport)',
        tier: 'advanced',
        provenanceNote: expect.stringMatching(/^CONFIRMED/),
      });
    });
  });

  describe('the IQ cities index', () => {
    const iq = iqCitiesIndex();

    it('holds the 47 indicators of the 2019–2021 method in 10 directions, all reconstructed', () => {
      expect(iq.directions).toHaveLength(10);
      expect(iq.kpis).toHaveLength(47);
      expect(iq.kpis.every((k) => k.provenance === 'reconstructed')).toBe(true);
      expect(iq.framework.provenance.status).toBe('reconstruction');
      expect(iq.kpis.find((k) => k.code === 'c10')).toMatchObject({
        directionCode: 'COMMS',
        category: 'presence',
      });
    });
  });

  it.each([
    ['standard', smartCityStandard2019],
    ['U4SSC', u4sscKpis],
    ['IQ index', iqCitiesIndex],
  ])('passes the import validation unchanged: %s', (_, load) => {
    const document = load();

    expect(assertImportable(document)).toEqual(document);
  });
});
