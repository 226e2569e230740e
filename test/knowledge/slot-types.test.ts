import {
  AILMENTS,
  RED_FLAGS,
  TOPICS,
  ailmentSlotType,
  footMoistureSlotType,
  footTemperatureSlotType,
  knowledgeSlotTypes,
  resolveComplaint,
  topicSlotType,
} from '../../lambda/knowledge';

const types = knowledgeSlotTypes();

describe('generated slot types', () => {
  it('are the six types the model needs', () => {
    expect(types.map((t) => t.name)).toEqual([
      'AilmentType',
      'TopicType',
      'FootTemperatureType',
      'FootMoistureType',
      'BodyPartType',
      'PointType',
    ]);
  });

  it.each(types.map((t) => [t.name, t]))(
    '%s has unique ids and no synonym repeating its value',
    (_name, type) => {
      const ids = type.values.map((v) => v.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const value of type.values) {
        expect(value.name.synonyms).not.toContain(value.name.value);
        expect(new Set(value.name.synonyms).size).toBe(value.name.synonyms.length);
      }
    },
  );

  it("uses lowercase words without punctuation but a contraction's apostrophe, as Alexa transcribes them", () => {
    for (const type of types) {
      for (const value of type.values) {
        for (const phrase of [value.name.value, ...value.name.synonyms]) {
          expect(phrase).toMatch(/^[a-z0-9]+(?:'[a-z]+)?(?: [a-z0-9]+(?:'[a-z]+)?)*$/);
        }
      }
    }
  });

  it('never gives one phrase two meanings, within or across slot types', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    // A body part is named by the word of the complaint felt there ("eyes"), in the body map's own
    // slot: Alexa reads each slot by its own type, so only the types one question can hold clash.
    for (const type of types.filter((t) => t.name !== 'BodyPartType')) {
      for (const value of type.values) {
        for (const phrase of [value.name.value, ...value.name.synonyms]) {
          const owner = `${type.name}.${value.id}`;
          const previous = owners.get(phrase);
          if (previous && previous !== owner) clashes.push(`${phrase}: ${previous} / ${owner}`);
          owners.set(phrase, owner);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lets "where do I press for chest pain" resolve to a red flag', () => {
    const chest = ailmentSlotType().values.find((v) => v.id === 'chest-pain');
    expect(chest?.name.value).toBe('chest pain');
    expect(resolveComplaint({ id: 'chest-pain', value: 'chest pain' }).kind).toBe('red-flag');
  });

  it('carries every ailment and red flag, each with many ways to say it', () => {
    const ids = ailmentSlotType().values.map((v) => v.id);
    expect(ids).toEqual([...AILMENTS.map((a) => a.id), ...RED_FLAGS.map((r) => r.id)]);
    for (const value of ailmentSlotType().values)
      expect(value.name.synonyms.length).toBeGreaterThanOrEqual(4);
  });

  it('resolves every spoken value of AilmentType back to its own id', () => {
    const wrong: string[] = [];
    for (const value of ailmentSlotType().values) {
      for (const phrase of [value.name.value, ...value.name.synonyms]) {
        const result = resolveComplaint({ value: phrase });
        const id =
          result.kind === 'ailment'
            ? result.ailment.id
            : result.kind === 'red-flag'
              ? result.id
              : 'unknown';
        if (id !== value.id) wrong.push(`${phrase} -> ${id} (want ${value.id})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('covers every topic and both foot vocabularies', () => {
    expect(topicSlotType().values.map((v) => v.id)).toEqual(TOPICS.map((t) => t.id));
    expect(
      footTemperatureSlotType()
        .values.map((v) => v.id)
        .sort(),
    ).toEqual(['cold', 'hot', 'warm']);
    expect(
      footMoistureSlotType()
        .values.map((v) => v.id)
        .sort(),
    ).toEqual(['damp', 'dry']);
    const cold = footTemperatureSlotType().values.find((v) => v.id === 'cold');
    expect(cold?.name.synonyms).toEqual(expect.arrayContaining(['chilly', 'icy', 'freezing']));
    const damp = footMoistureSlotType().values.find((v) => v.id === 'damp');
    expect(damp?.name.synonyms).toEqual(expect.arrayContaining(['wet', 'sweaty', 'clammy']));
  });
});
