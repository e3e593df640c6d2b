import type { NamePoolKey } from "./names";

export type Place = {
  /** ISO 3166-1 alpha-2. */
  code: string;
  pool: NamePoolKey;
  /** A city where applicants' organisations are, for their names. */
  city: string;
  /** Languages people list first (English names); English is often added on top. */
  languages: readonly string[];
  /** Relative weight in the CPI applicant pool; 0 = never drawn for it. */
  cpiWeight: number;
};

// The CPI draws most applicants from Asia-Pacific and Africa, then Latin America, the Arab States and
// Europe; every listed country with a weight gets at least one applicant.
export const PLACES: readonly Place[] = [
  // Asia and the Pacific
  { code: "MN", pool: "mongolian", city: "Ulaanbaatar", languages: ["Mongolian"], cpiWeight: 3 },
  { code: "VN", pool: "vietnamese", city: "Hanoi", languages: ["Vietnamese"], cpiWeight: 3 },
  { code: "TH", pool: "thai", city: "Chiang Mai", languages: ["Thai"], cpiWeight: 3 },
  { code: "ID", pool: "indonesian", city: "Yogyakarta", languages: ["Indonesian"], cpiWeight: 3 },
  { code: "PH", pool: "filipino", city: "Quezon City", languages: ["Filipino"], cpiWeight: 3 },
  { code: "KH", pool: "khmer", city: "Phnom Penh", languages: ["Khmer"], cpiWeight: 3 },
  { code: "LA", pool: "lao", city: "Luang Prabang", languages: ["Lao"], cpiWeight: 2.5 },
  { code: "MM", pool: "burmese", city: "Yangon", languages: ["Burmese"], cpiWeight: 2.5 },
  { code: "MY", pool: "malaysian", city: "Penang", languages: ["Malay"], cpiWeight: 2.5 },
  { code: "IN", pool: "indian", city: "Bengaluru", languages: ["Hindi"], cpiWeight: 3 },
  { code: "BD", pool: "bangladeshi", city: "Dhaka", languages: ["Bengali"], cpiWeight: 3 },
  { code: "NP", pool: "nepali", city: "Kathmandu", languages: ["Nepali"], cpiWeight: 2.5 },
  { code: "LK", pool: "sinhala", city: "Kandy", languages: ["Sinhala"], cpiWeight: 2.5 },
  { code: "PK", pool: "pakistani", city: "Lahore", languages: ["Urdu"], cpiWeight: 2.5 },
  { code: "UZ", pool: "uzbek", city: "Samarkand", languages: ["Uzbek", "Russian"], cpiWeight: 2.5 },
  { code: "KZ", pool: "kazakh", city: "Almaty", languages: ["Kazakh", "Russian"], cpiWeight: 2.5 },
  { code: "KG", pool: "kyrgyz", city: "Bishkek", languages: ["Kyrgyz", "Russian"], cpiWeight: 2 },
  { code: "FJ", pool: "fijian", city: "Suva", languages: ["Fijian"], cpiWeight: 1.5 },
  { code: "PG", pool: "melanesian", city: "Port Moresby", languages: ["Tok Pisin"], cpiWeight: 1.5 },
  { code: "TL", pool: "timorese", city: "Dili", languages: ["Tetum", "Portuguese"], cpiWeight: 1.5 },
  { code: "SB", pool: "melanesian", city: "Honiara", languages: ["Pijin"], cpiWeight: 0 },
  { code: "KR", pool: "korean", city: "Seoul", languages: ["Korean"], cpiWeight: 0 },
  { code: "JP", pool: "japanese", city: "Kyoto", languages: ["Japanese"], cpiWeight: 0 },
  { code: "CN", pool: "chinese", city: "Chengdu", languages: ["Chinese"], cpiWeight: 0 },
  { code: "AU", pool: "australian", city: "Melbourne", languages: ["English"], cpiWeight: 0 },
  // ASEAN members with no CPI applicants, for the ASEAN–ROK delegations.
  { code: "BN", pool: "malaysian", city: "Bandar Seri Begawan", languages: ["Malay"], cpiWeight: 0 },
  { code: "SG", pool: "malaysian", city: "Singapore", languages: ["English", "Malay"], cpiWeight: 0 },
  // Africa
  { code: "NG", pool: "nigerian", city: "Lagos", languages: ["English", "Yoruba"], cpiWeight: 3 },
  { code: "GH", pool: "ghanaian", city: "Kumasi", languages: ["English", "Twi"], cpiWeight: 3 },
  { code: "KE", pool: "kenyan", city: "Nairobi", languages: ["English", "Swahili"], cpiWeight: 3 },
  { code: "TZ", pool: "tanzanian", city: "Dar es Salaam", languages: ["Swahili"], cpiWeight: 3 },
  { code: "UG", pool: "ugandan", city: "Kampala", languages: ["English", "Luganda"], cpiWeight: 2.5 },
  { code: "RW", pool: "rwandan", city: "Kigali", languages: ["Kinyarwanda", "French"], cpiWeight: 2.5 },
  { code: "ET", pool: "ethiopian", city: "Addis Ababa", languages: ["Amharic"], cpiWeight: 2.5 },
  { code: "SN", pool: "senegalese", city: "Dakar", languages: ["French", "Wolof"], cpiWeight: 2.5 },
  { code: "CI", pool: "francophoneAfrican", city: "Abidjan", languages: ["French"], cpiWeight: 2 },
  { code: "CM", pool: "francophoneAfrican", city: "Yaoundé", languages: ["French"], cpiWeight: 2 },
  { code: "BF", pool: "francophoneAfrican", city: "Ouagadougou", languages: ["French", "Mooré"], cpiWeight: 2 },
  { code: "ZA", pool: "southAfrican", city: "Johannesburg", languages: ["English", "Zulu"], cpiWeight: 2 },
  { code: "ZW", pool: "zimbabwean", city: "Harare", languages: ["English", "Shona"], cpiWeight: 2 },
  { code: "ZM", pool: "zambian", city: "Lusaka", languages: ["English", "Bemba"], cpiWeight: 2 },
  { code: "MW", pool: "zambian", city: "Lilongwe", languages: ["English", "Chichewa"], cpiWeight: 1.5 },
  { code: "MZ", pool: "mozambican", city: "Maputo", languages: ["Portuguese"], cpiWeight: 1.5 },
  // Arab States
  { code: "EG", pool: "egyptian", city: "Alexandria", languages: ["Arabic"], cpiWeight: 2 },
  { code: "JO", pool: "levantine", city: "Amman", languages: ["Arabic"], cpiWeight: 2 },
  { code: "LB", pool: "levantine", city: "Beirut", languages: ["Arabic", "French"], cpiWeight: 1.5 },
  { code: "PS", pool: "levantine", city: "Ramallah", languages: ["Arabic"], cpiWeight: 1.5 },
  { code: "MA", pool: "maghrebi", city: "Marrakesh", languages: ["Arabic", "French"], cpiWeight: 2 },
  { code: "TN", pool: "maghrebi", city: "Tunis", languages: ["Arabic", "French"], cpiWeight: 1.5 },
  { code: "SD", pool: "sudanese", city: "Khartoum", languages: ["Arabic"], cpiWeight: 1 },
  // Latin America and the Caribbean
  { code: "MX", pool: "mexican", city: "Oaxaca", languages: ["Spanish"], cpiWeight: 2 },
  { code: "CO", pool: "hispanic", city: "Medellín", languages: ["Spanish"], cpiWeight: 2 },
  { code: "PE", pool: "hispanic", city: "Cusco", languages: ["Spanish"], cpiWeight: 2 },
  { code: "CL", pool: "hispanic", city: "Valparaíso", languages: ["Spanish"], cpiWeight: 1.5 },
  { code: "AR", pool: "hispanic", city: "Córdoba", languages: ["Spanish"], cpiWeight: 1.5 },
  { code: "EC", pool: "hispanic", city: "Quito", languages: ["Spanish"], cpiWeight: 1.5 },
  { code: "BO", pool: "hispanic", city: "La Paz", languages: ["Spanish"], cpiWeight: 1.5 },
  { code: "GT", pool: "hispanic", city: "Antigua Guatemala", languages: ["Spanish"], cpiWeight: 1 },
  { code: "CU", pool: "hispanic", city: "Havana", languages: ["Spanish"], cpiWeight: 1 },
  { code: "BR", pool: "brazilian", city: "Salvador", languages: ["Portuguese"], cpiWeight: 2 },
  { code: "JM", pool: "caribbean", city: "Kingston", languages: ["English"], cpiWeight: 1 },
  // Europe and North America
  { code: "TR", pool: "turkish", city: "Istanbul", languages: ["Turkish"], cpiWeight: 1.5 },
  { code: "GE", pool: "georgian", city: "Tbilisi", languages: ["Georgian"], cpiWeight: 1.5 },
  { code: "AZ", pool: "azerbaijani", city: "Baku", languages: ["Azerbaijani"], cpiWeight: 1 },
  { code: "UA", pool: "ukrainian", city: "Lviv", languages: ["Ukrainian"], cpiWeight: 1.5 },
  { code: "AM", pool: "armenian", city: "Yerevan", languages: ["Armenian"], cpiWeight: 1 },
  { code: "RS", pool: "serbian", city: "Novi Sad", languages: ["Serbian"], cpiWeight: 1 },
];

const BY_CODE = new Map(PLACES.map((p) => [p.code, p]));

export function place(code: string): Place {
  const found = BY_CODE.get(code);
  if (!found) throw new Error(`db/seed: no place data for ${code}`);
  return found;
}
