import { describe, expect, it } from 'vitest';
import { PLACE_KINDS, type Place } from '../../src/lib/dataset';
import { KIND_GROUPS, PLACE_KIND_TABLE, kindGroupsPresent, kindLabel, placeListView, rankPlaces } from '../../src/lib/places/index';

const place = (id: string, name: string, kind: Place['kind'], iso?: string): Place => ({ id, name, kind, lon: 0, lat: 0, ...(iso ? { iso } : {}) });

describe('place kinds', () => {
  it('labels every kind and puts it in a group the filter shows', () => {
    const groupIds = new Set(KIND_GROUPS.map((g) => g.id));
    for (const kind of PLACE_KINDS) {
      expect(PLACE_KIND_TABLE[kind].label).not.toBe('');
      expect(groupIds.has(PLACE_KIND_TABLE[kind].group)).toBe(true);
    }
    expect(kindLabel(place('p', 'P', 'power_plant'))).toBe('power plant');
  });

  it('labels an admin1 by what it is in its country, where the data says which country', () => {
    expect(kindLabel(place('kherson-oblast', 'Kherson Oblast', 'admin1', 'UA-65'))).toBe('oblast');
    expect(kindLabel(place('crimea', 'Crimea', 'admin1', 'UA-43'))).toBe('autonomous republic');
    expect(kindLabel(place('sevastopol', 'Sevastopol', 'admin1', 'UA-40'))).toBe('city with special status');
    expect(kindLabel(place('texas', 'Texas', 'admin1', 'US-TX'))).toBe('state');
    expect(kindLabel(place('ontario', 'Ontario', 'admin1', 'CA-ON'))).toBe('province');
    expect(kindLabel(place('x', 'X', 'admin1', 'ZZ-01'))).toBe('first-level region');
    expect(kindLabel(place('y', 'Y', 'admin1'))).toBe('first-level region');
    // iso on another kind says nothing about its label.
    expect(kindLabel(place('ukraine', 'Ukraine', 'country', 'UA'))).toBe('country');
  });
});

describe('the list of places', () => {
  const places = [
    place('kherson', 'Kherson', 'city'),
    place('dnipro', 'Dnipro', 'river'),
    place('kyiv', 'Kyiv', 'city'),
    place('odesa', 'Odesa', 'city'),
    place('kherson-oblast', 'Kherson Oblast', 'admin1', 'UA-65'),
  ];
  const counts: Record<string, number> = { kherson: 5, dnipro: 5, kyiv: 0, odesa: 2, 'kherson-oblast': 0 };
  const ranked = rankPlaces(places, (id) => counts[id]);

  it('ranks by mentions, then by name', () => {
    expect(ranked.map((r) => [r.place.id, r.count])).toEqual([['dnipro', 5], ['kherson', 5], ['odesa', 2], ['kherson-oblast', 0], ['kyiv', 0]]);
  });

  it('offers only the kind groups that hold a place', () => {
    expect(kindGroupsPresent(places).map((g) => g.id)).toEqual(['settlements', 'regions', 'water']);
  });

  it('filters by group and splits places with and without mentions', () => {
    const all = placeListView(ranked, { group: 'all', showEmpty: true, selectedId: null });
    expect(all.mentioned.map((r) => r.place.id)).toEqual(['dnipro', 'kherson', 'odesa']);
    expect(all.empty.map((r) => r.place.id)).toEqual(['kherson-oblast', 'kyiv']);
    expect(all.emptyShown).toEqual(all.empty);
    expect(all.totalMentioned).toBe(3);

    const cities = placeListView(ranked, { group: 'settlements', showEmpty: true, selectedId: null });
    expect(cities.inGroup.map((r) => r.place.id)).toEqual(['kherson', 'odesa', 'kyiv']);
    expect(cities.totalMentioned).toBe(3);
  });

  it('keeps the selected place in view when places without mentions are hidden', () => {
    const view = placeListView(ranked, { group: 'all', showEmpty: false, selectedId: 'kyiv' });
    expect(view.emptyShown.map((r) => r.place.id)).toEqual(['kyiv']);
    expect(placeListView(ranked, { group: 'all', showEmpty: false, selectedId: null }).emptyShown).toEqual([]);
  });

  it('shows everything when the chosen group is gone or is the only one', () => {
    expect(placeListView(ranked, { group: 'countries', showEmpty: true, selectedId: null }).inGroup).toHaveLength(5);
    const onlyCities = rankPlaces(places.filter((p) => p.kind === 'city'), (id) => counts[id]);
    expect(placeListView(onlyCities, { group: 'water', showEmpty: true, selectedId: null }).inGroup).toHaveLength(3);
  });
});
