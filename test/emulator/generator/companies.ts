// The companies of the emulated org. Fixed facts (name, domain, city) so the demo reads like a real
// customer base; the seed decides the order, owners and who works where.

export interface Company {
  name: string;
  domain: string;
  city: string;
  street: string;
  /** Culture most of its people come from (see names.ts). */
  culture: string;
  /** Country calling code and a typical local number shape (# = digit). */
  phone: string;
}

type Row = [name: string, domain: string, city: string, street: string, culture: string, phone: string];

// prettier-ignore
const ROWS: readonly Row[] = [
  ['Northwind Traders', 'northwindtraders.com', 'Seattle', '1200 Harbor Ave SW', 'en', '+1 206 555 ####'],
  ['Fabrikam, Inc.', 'fabrikam.com', 'Redmond', '4500 150th Ave NE', 'en', '+1 425 555 ####'],
  ['Adventure Works Cycles', 'adventure-works.com', 'Bothell', '19800 North Creek Pkwy', 'en', '+1 425 555 ####'],
  ['Alpine Ski House', 'alpineskihouse.com', 'Innsbruck', 'Maria-Theresien-Straße 18', 'de', '+43 512 ######'],
  ['Tailspin Toys', 'tailspintoys.com', 'Chicago', '233 S Wacker Dr', 'en', '+1 312 555 ####'],
  ['Wide World Importers', 'wideworldimporters.com', 'San Francisco', '500 Terry A Francois Blvd', 'en', '+1 415 555 ####'],
  ['Litware, Inc.', 'litwareinc.com', 'Austin', '300 W 6th St', 'en', '+1 512 555 ####'],
  ['Proseware, Inc.', 'proseware.com', 'Toronto', '100 King St W', 'en', '+1 416 555 ####'],
  ['Lucerne Publishing', 'lucernepublishing.com', 'Luzern', 'Pilatusstrasse 41', 'de', '+41 41 ### ## ##'],
  ["Margie's Travel", 'margiestravel.com', 'Dublin', '12 Merrion Square', 'ie', '+353 1 ### ####'],
  ['Coho Winery', 'cohowinery.com', 'Bordeaux', '24 Cours de l’Intendance', 'fr', '+33 5 ## ## ## ##'],
  ['Fourth Coffee', 'fourthcoffee.com', 'Portland', '815 SW 2nd Ave', 'en', '+1 503 555 ####'],
  ['Wingtip Toys', 'wingtiptoys.com', 'Manchester', '55 Spring Gardens', 'en', '+44 161 ### ####'],
  ['Blue Yonder Airlines', 'blueyonderairlines.com', 'Amsterdam', 'Stationsplein 8', 'nl', '+31 20 ### ####'],
  ['Trey Research', 'treyresearch.net', 'Boston', '1 Kendall Sq', 'en', '+1 617 555 ####'],
  ['Humongous Insurance', 'humongousinsurance.com', 'Hartford', '280 Trumbull St', 'en', '+1 860 555 ####'],
  ['Woodgrove Bank', 'woodgrovebank.com', 'London', '20 Gresham St', 'en', '+44 20 #### ####'],
  ['Relecloud', 'relecloud.com', 'Dublin', 'Grand Canal Dock 3', 'ie', '+353 1 ### ####'],
  ['VanArsdel, Ltd.', 'vanarsdelltd.com', 'Rotterdam', 'Wilhelminakade 91', 'nl', '+31 10 ### ####'],
  ['A. Datum Corporation', 'adatum.com', 'Munich', 'Leopoldstraße 180', 'de', '+49 89 #######'],
  ['Contoso Pharmaceuticals', 'contosopharma.com', 'Basel', 'Aeschenvorstadt 36', 'de', '+41 61 ### ## ##'],
  ['Kessler Maschinenbau GmbH', 'kessler-maschinenbau.de', 'Stuttgart', 'Heilbronner Str. 150', 'de', '+49 711 #######'],
  ['Sakura Logistics K.K.', 'sakura-logistics.co.jp', 'Osaka', '2-4-9 Umeda, Kita-ku', 'jp', '+81 6 #### ####'],
  ['Nordlys Energi AS', 'nordlysenergi.no', 'Bergen', 'Strandkaien 2', 'nordic', '+47 55 ## ## ##'],
  ['Banco Horizonte', 'bancohorizonte.com.br', 'São Paulo', 'Av. Paulista 1578', 'br', '+55 11 ####-####'],
  ['Tanaka Precision Works', 'tanaka-precision.jp', 'Nagoya', '1-1-1 Meieki, Nakamura-ku', 'jp', '+81 52 ### ####'],
  ['Oceanic Freight Ltd', 'oceanicfreight.com.au', 'Sydney', '1 Macquarie Pl', 'en', '+61 2 #### ####'],
  ['Maple Leaf Dental Group', 'mapleleafdental.ca', 'Vancouver', '1055 W Georgia St', 'en', '+1 604 555 ####'],
  ['Ravi Textiles Pvt Ltd', 'ravitextiles.in', 'Bengaluru', '80 MG Road', 'in', '+91 80 #### ####'],
  ['Infosphere Analytics', 'infosphere-analytics.in', 'Pune', 'Senapati Bapat Rd 14', 'in', '+91 20 #### ####'],
  ['Hanbit Electronics', 'hanbit-elec.co.kr', 'Seoul', '27 Teheran-ro, Gangnam-gu', 'kr', '+82 2 #### ####'],
  ['Golden Dragon Trading Co.', 'goldendragontrading.cn', 'Shenzhen', '6008 Shennan Blvd', 'cn', '+86 755 #### ####'],
  ['Desert Rose Hospitality', 'desertrosehotels.ae', 'Dubai', 'Sheikh Zayed Rd, Tower 2', 'ar', '+971 4 ### ####'],
  ['Lagos Agro Partners', 'lagosagro.ng', 'Lagos', '15 Adeola Odeku St', 'ng', '+234 1 ### ####'],
  ['Bodega Los Olivos', 'bodegalosolivos.es', 'Sevilla', 'Calle Betis 52', 'es', '+34 954 ### ###'],
  ['Ferri & Figli S.p.A.', 'ferriefigli.it', 'Bologna', 'Via dell’Indipendenza 33', 'it', '+39 051 ### ####'],
  ['Wisła Components', 'wislacomponents.pl', 'Kraków', 'ul. Floriańska 27', 'pl', '+48 12 ### ## ##'],
  ['Anatolia Ceramics', 'anatoliaceramics.com.tr', 'İzmir', 'Kıbrıs Şehitleri Cd. 104', 'tr', '+90 232 ### ## ##'],
  ['Mekong Coffee Roasters', 'mekongroasters.vn', 'Ho Chi Minh City', '45 Lê Lợi, District 1', 'vn', '+84 28 #### ####'],
  ['Lumière Cosmétiques', 'lumiere-cosmetiques.fr', 'Lyon', '12 Rue de la République', 'fr', '+33 4 ## ## ## ##'],
];

export const COMPANIES: readonly Company[] = ROWS.map(([name, domain, city, street, culture, phone]) => ({
  name,
  domain,
  city,
  street,
  culture,
  phone,
}));
