import { previewName, previewEnvironment, CODEDEPLOY_GROUP_NAME } from '../../../src/github/preview-name.js';

describe('previewName', () => {
  it('defaults to <app>-pr-<number>', () => {
    expect(previewName('{application}-pr-{number}', { number: 42, application: 'shop' })).toBe('shop-pr-42');
  });

  it('is DNS-safe: lower case, single hyphens, none at the ends', () => {
    expect(previewName('{application}-pr-{number}', { number: 7, application: 'My_Shop..App' })).toBe('my-shop-app-pr-7');
    expect(previewName('{branch}-{number}', { number: 7, application: 'x', branch: 'feature/Login--Form_' })).toBe('feature-login-form-7');
  });

  it('cuts to 40 characters and always keeps the number', () => {
    const long = 'a-very-long-application-name-for-the-checkout-service';
    const name = previewName('{application}-pr-{number}', { number: 12345, application: long });
    expect(name.length).toBeLessThanOrEqual(40);
    expect(name).toMatch(/-pr-12345$/);
    expect(name).toMatch(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);
    expect(name).not.toMatch(/--/);
  });

  it('is stable: the same inputs give the same name on every push', () => {
    const vars = { number: 9, application: 'x'.repeat(80), branch: 'main' };
    expect(previewName('{application}-{branch}-pr-{number}', vars)).toBe(previewName('{application}-{branch}-pr-{number}', vars));
  });

  it('shortens the longest part first', () => {
    const name = previewName('{application}-{branch}-{number}', { number: 3, application: 'shop', branch: 'b'.repeat(60) });
    expect(name.startsWith('shop-')).toBe(true);
    expect(name.length).toBe(40);
    expect(name.endsWith('-3')).toBe(true);
  });

  it('never gives a name under 4 characters', () => {
    expect(previewName('{number}', { number: 5, application: 'a' })).toBe('pr-5');
  });

  it('keeps the end when literal text alone is too long', () => {
    const name = previewName(`${'x'.repeat(50)}-{number}`, { number: 77, application: 'a' });
    expect(name.length).toBe(40);
    expect(name.endsWith('-77')).toBe(true);
  });

  it('allows 100 characters for CodeDeploy groups', () => {
    const name = previewName('{group}-pr-{number}', { number: 1, application: 'a', group: 'g'.repeat(120) }, CODEDEPLOY_GROUP_NAME);
    expect(name.length).toBe(100);
  });

  it('names the GitHub environment preview/pr-<n>', () => {
    expect(previewEnvironment(42)).toBe('preview/pr-42');
  });
});
