import skillJson from '../../skill-package/skill.json';

describe('the manifest, for reminders and name-free requests', () => {
  const manifest = skillJson.manifest as unknown as {
    permissions?: Array<{ name: string }>;
    apis: { custom: { interfaces?: Array<{ type: string }> } };
    publishingInformation: { locales: Record<string, { description: string }> };
  };

  it('asks for the reminders permission', () => {
    expect(manifest.permissions).toContainEqual({
      name: 'alexa::alerts:reminders:skill:readwrite',
    });
  });

  it('declares CanFulfillIntentRequest', () => {
    expect(manifest.apis.custom.interfaces).toContainEqual({ type: 'CAN_FULFILL_INTENT_REQUEST' });
  });

  it('says in the store what the reminder is', () => {
    const description = manifest.publishingInformation.locales['en-US']?.description ?? '';
    expect(description).toMatch(/daily reminder/);
    expect(description).toMatch(/repeats every day/);
    expect(description).toMatch(/cancel my reminder/);
  });
});
