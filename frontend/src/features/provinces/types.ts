import type { components, operations } from '@/lib/api/schema.gen';

export type Province = components['schemas']['Province'];
export type ProvinceDetail = components['schemas']['ProvinceDetail'];
export type ProvinceSuccession = components['schemas']['ProvinceSuccession'];
export type ProvinceRef = components['schemas']['ProvinceRef'];
export type ProvincePage = components['schemas']['PageProvinceData'];
export type ListProvincesParams = NonNullable<operations['listProvinces']['parameters']['query']>;

/** "tỉnh Hà Nam" → "Tỉnh Hà Nam" where it starts a heading or a line (inside a sentence it stays lower case). */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
