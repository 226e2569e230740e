import manifestFile from '../../skill-package/skill.json';
import { SCREEN_DEVICES } from '../../tools/simulator/envelope';

interface Viewport {
  mode: string;
  shape: string;
  minWidth: number;
  maxWidth: number;
  minHeight: number;
  maxHeight: number;
}

const interfaces = (
  manifestFile.manifest.apis.custom.interfaces as Array<{
    type: string;
    supportedViewports?: Viewport[];
  }>
).filter((i) => i.type === 'ALEXA_PRESENTATION_APL');

describe('the manifest', () => {
  it('declares the APL interface once, with viewports', () => {
    expect(interfaces).toHaveLength(1);
    expect(interfaces[0]!.supportedViewports!.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(SCREEN_DEVICES))('declares a viewport that %s falls in', (_, device) => {
    // Viewport sizes are in dp: pixels at 160 dpi.
    const width = (device.pixelWidth * 160) / device.dpi;
    const height = (device.pixelHeight * 160) / device.dpi;
    const mode = device.name === 'Fire TV' ? 'TV' : 'HUB';
    const fits = interfaces[0]!.supportedViewports!.some(
      (v) =>
        v.mode === mode &&
        v.shape === device.shape &&
        width >= v.minWidth &&
        width <= v.maxWidth &&
        height >= v.minHeight &&
        height <= v.maxHeight,
    );
    expect(fits).toBe(true);
  });
});
