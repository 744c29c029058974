import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DeploymentConfigError, parseDeploymentConfig } from '../../scripts/deployment';
import { offersPartnerArea } from '../../src/config/deployment';
import { isUnProgramme } from '../../src/rules/un-programmes';
import { realDirectory } from './support/real-directory';

const repoDeployment = JSON.parse(readFileSync(new URL('../../resources/deployment.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

describe('the partner area’s switch', () => {
  it('is on in the repository’s settings, and on when a deployment leaves it out', () => {
    expect(parseDeploymentConfig(repoDeployment).partnerArea).toBe(true);
    const { partnerArea: _left, ...without } = repoDeployment;
    expect(offersPartnerArea(parseDeploymentConfig(without), false)).toBe(true);
  });

  it('turns the area off for a discreet deployment, and a kiosk never shows it', () => {
    expect(offersPartnerArea(parseDeploymentConfig({ ...repoDeployment, partnerArea: false }), false)).toBe(false);
    expect(offersPartnerArea({ partnerArea: true }, true)).toBe(false);
  });

  it('refuses anything but true or false, naming the setting', () => {
    expect(() => parseDeploymentConfig({ ...repoDeployment, partnerArea: 'no' })).toThrow(DeploymentConfigError);
    expect(() => parseDeploymentConfig({ ...repoDeployment, partnerArea: 'no' })).toThrow(/partnerArea/);
  });
});

describe('UN programmes', () => {
  it('are the directory’s programmes that a UN body runs or takes part in', () => {
    const ids = realDirectory()
      .entries.filter(isUnProgramme)
      .map((entry) => entry.id)
      .sort();
    expect(ids).toEqual(
      [
        'blue-heart',
        'gpc-attt',
        'icat',
        'safe-and-fair',
        'spotlight-initiative',
        'track4tip',
        'unite-campaign',
        'untf-evaw',
      ].sort(),
    );
  });

  it('leave out programmes that name no UN body, and entries that are not programmes', () => {
    expect(isUnProgramme({ kind: 'programme', organisations: ['Raksha Nepal'] })).toBe(false);
    expect(isUnProgramme({ kind: 'publication', organisations: ['UNODC'] })).toBe(false);
    expect(isUnProgramme({ kind: 'programme', organisations: ['UNICEF', 'Coram International'] })).toBe(true);
    expect(isUnProgramme({ kind: 'programme' })).toBe(false);
  });
});
