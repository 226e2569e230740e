import {
  AILMENTS,
  PLACES,
  POINTS,
  SOURCE_MAPPINGS,
  ZONES,
  answerKeys,
  findPlace,
} from '../../lambda/knowledge';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('zones and points', () => {
  it('have unique kebab-case ids across zones and points', () => {
    const ids = PLACES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it('hold every guided press for at least a minute, as the source asks', () => {
    for (const place of PLACES) expect(place.holdSeconds).toBeGreaterThanOrEqual(60);
  });

  it('name only neighbours that exist', () => {
    for (const place of PLACES) {
      for (const id of place.neighbours)
        expect({ place: place.id, id, found: !!findPlace(id) }).toEqual({
          place: place.id,
          id,
          found: true,
        });
    }
  });

  it('include the classic acupressure points, with the pregnancy flags tradition gives them', () => {
    const flagged = POINTS.filter((p) => p.cautions.avoidInPregnancy).map((p) => p.code);
    expect(flagged.sort()).toEqual(['BL60', 'BL67', 'SP6']);
    for (const code of ['KI1', 'LR3', 'KI3', 'SP4', 'ST44', 'ST41', 'ST36', 'LR2', 'BL65']) {
      expect(POINTS.map((p) => p.code)).toContain(code);
    }
  });

  it('include the zones the source names', () => {
    for (const id of [
      'big-toe',
      'toe-tips-2-3',
      'outer-toes',
      'inner-sole-edge',
      'arch',
      'heel',
      'ball-of-foot',
      'solar-plexus',
    ]) {
      expect(ZONES.map((z) => z.id)).toContain(id);
    }
  });
});

describe('ailments', () => {
  it('point only at zones and points that exist', () => {
    for (const ailment of AILMENTS) {
      expect(ailment.places.length).toBeGreaterThan(0);
      for (const id of ailment.places) {
        expect({ ailment: ailment.id, id, found: !!findPlace(id) }).toEqual({
          ailment: ailment.id,
          id,
          found: true,
        });
      }
    }
  });

  it('cover at least 25 complaints beyond the four source mappings', () => {
    const others = AILMENTS.filter((a) => !(a.id in SOURCE_MAPPINGS));
    expect(others.length).toBeGreaterThanOrEqual(25);
  });

  it('cover every complaint the issue names', () => {
    const ids = AILMENTS.map((a) => a.id);
    for (const id of [
      'insomnia',
      'stress',
      'tiredness',
      'neck-shoulder-tension',
      'lower-back-pain',
      'sciatica',
      'sinus-congestion',
      'toothache',
      'nausea',
      'indigestion',
      'constipation',
      'menstrual-cramps',
      'dizziness',
      'eye-strain',
      'ear-pain',
      'tinnitus',
      'sore-throat',
      'cough',
      'knee-pain',
      'hip-pain',
      'heel-pain',
      'tired-legs',
      'cold-feet',
      'anxiety',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it.each([
    ['headache', 'big-toe'],
    ['eye-trouble', 'toe-tips-2-3'],
    ['ear-pain', 'outer-toes'],
    ['spine-problems', 'inner-sole-edge'],
  ])('answers %s with the source zone %s first', (ailment, zone) => {
    expect(SOURCE_MAPPINGS[ailment]).toBe(zone);
    expect(answerKeys(ailment)?.place.id).toBe(zone);
  });

  it('never lead with a point that is avoided in pregnancy', () => {
    // The short answer is what a person acts on; a flagged point belongs in the detail, with its warning.
    for (const ailment of AILMENTS) {
      const place = answerKeys(ailment)?.place;
      expect({
        id: ailment.id,
        flagged: place?.kind === 'point' && place.cautions.avoidInPregnancy,
      }).toEqual({ id: ailment.id, flagged: false });
    }
  });

  it('a zone over a point avoided in pregnancy, when it leads, says so in the short answer', () => {
    // Ear pain leads with the outer toes, where Reaching Yin (BL67) lies; hip pain with the outer ankle.
    const leading = AILMENTS.map((a) => answerKeys(a)!).filter(
      (answer) => answer.place.kind === 'zone' && answer.place.cautions.avoidInPregnancy,
    );
    expect(leading.map((a) => a.place.id).sort()).toEqual(
      expect.arrayContaining(['outer-ankle', 'outer-toes']),
    );
    for (const answer of leading) {
      expect(answer.short.map((part) => part.key)).toContain('knowledge:answer.pregnancy');
    }
  });
});
