// People's names from varied cultures, and how they turn into e-mail addresses.

export interface Culture {
  id: string;
  first: readonly string[];
  last: readonly string[];
}

export const CULTURES: readonly Culture[] = [
  {
    id: 'en',
    first: ['James', 'Emily', 'Oliver', 'Charlotte', 'Michael', 'Sarah', 'Daniel', 'Hannah', 'Thomas', 'Grace', 'Ryan', 'Megan'],
    last: ['Carter', 'Hughes', 'Bennett', 'Morgan', 'Reynolds', 'Fletcher', 'Walsh', 'Parker', 'Sullivan', 'Brooks', 'Harper', 'Ellis'],
  },
  {
    id: 'de',
    first: ['Lukas', 'Anna', 'Jonas', 'Lena', 'Matthias', 'Katrin', 'Stefan', 'Julia', 'Felix', 'Sabine', 'Tobias', 'Miriam'],
    last: ['Schmidt', 'Becker', 'Hoffmann', 'Wagner', 'Krüger', 'Schäfer', 'Neumann', 'Vogel', 'Brandt', 'Zimmermann', 'Lorenz', 'Weiß'],
  },
  {
    id: 'fr',
    first: ['Camille', 'Julien', 'Léa', 'Antoine', 'Chloé', 'Mathieu', 'Élodie', 'Nicolas', 'Manon', 'Théo'],
    last: ['Lefèvre', 'Moreau', 'Girard', 'Rousseau', 'Fontaine', 'Chevalier', 'Lambert', 'Dubois', 'Marchand', 'Perrin'],
  },
  {
    id: 'es',
    first: ['Lucía', 'Alejandro', 'María', 'Javier', 'Carmen', 'Diego', 'Sofía', 'Pablo', 'Elena', 'Andrés'],
    last: ['García', 'Martínez', 'López', 'Fernández', 'Ruiz', 'Navarro', 'Morales', 'Ortega', 'Castillo', 'Jiménez'],
  },
  {
    id: 'it',
    first: ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Alessandro', 'Martina', 'Davide'],
    last: ['Rossi', 'Bianchi', 'Ricci', 'Marino', 'Greco', 'Conti', 'De Luca', 'Romano'],
  },
  {
    id: 'nl',
    first: ['Daan', 'Sanne', 'Bram', 'Femke', 'Jeroen', 'Lotte', 'Ruben', 'Anouk'],
    last: ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'van Dijk', 'Meijer', 'Mulder'],
  },
  {
    id: 'nordic',
    first: ['Erik', 'Ingrid', 'Lars', 'Astrid', 'Mikkel', 'Sigrid', 'Johan', 'Freja', 'Henrik', 'Maja'],
    last: ['Andersen', 'Johansson', 'Lindqvist', 'Nilsen', 'Berg', 'Halvorsen', 'Sørensen', 'Eriksson', 'Dahl', 'Holm'],
  },
  {
    id: 'pl',
    first: ['Katarzyna', 'Piotr', 'Agnieszka', 'Tomasz', 'Magdalena', 'Paweł', 'Zofia', 'Michał'],
    last: ['Kowalski', 'Nowak', 'Wiśniewska', 'Zieliński', 'Lewandowska', 'Wójcik', 'Kamińska', 'Mazur'],
  },
  {
    id: 'in',
    first: ['Aarav', 'Priyanka', 'Rohan', 'Ananya', 'Vikram', 'Kavya', 'Arjun', 'Neha', 'Siddharth', 'Divya'],
    last: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Chatterjee', 'Kulkarni', 'Singh'],
  },
  {
    id: 'cn',
    first: ['Wei', 'Li Na', 'Jun', 'Xiaoling', 'Hao', 'Mei', 'Chen', 'Yan'],
    last: ['Zhang', 'Wang', 'Liu', 'Chen', 'Huang', 'Zhou', 'Lin', 'Xu'],
  },
  {
    id: 'jp',
    first: ['Haruto', 'Yui', 'Sota', 'Aoi', 'Kenji', 'Sakura', 'Takumi', 'Hina'],
    last: ['Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Sato'],
  },
  {
    id: 'kr',
    first: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Dong-hyun', 'Soo-ah'],
    last: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang'],
  },
  {
    id: 'ar',
    first: ['Omar', 'Layla', 'Youssef', 'Nour', 'Karim', 'Salma', 'Tariq', 'Yasmin'],
    last: ['Haddad', 'Khalil', 'Mansour', 'Nasser', 'Saleh', 'Farouk', 'Aziz', 'Hamdan'],
  },
  {
    id: 'ng',
    first: ['Chinedu', 'Ngozi', 'Emeka', 'Adaeze', 'Tunde', 'Folake', 'Ifeanyi', 'Amara'],
    last: ['Okafor', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze', 'Okonkwo', 'Adebayo', 'Obi'],
  },
  {
    id: 'br',
    first: ['João', 'Beatriz', 'Gabriel', 'Larissa', 'Rafael', 'Juliana', 'Thiago', 'Camila'],
    last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Almeida', 'Carvalho', 'Ribeiro'],
  },
  { id: 'tr', first: ['Emre', 'Elif', 'Burak', 'Zeynep', 'Mehmet', 'Ayşe'], last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk'] },
  { id: 'vn', first: ['Minh', 'Linh', 'Quang', 'Thu', 'Duc', 'Hoa'], last: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu'] },
  {
    id: 'ie',
    first: ['Siobhán', 'Cian', 'Aoife', 'Niall', 'Róisín', 'Declan'],
    last: ["O'Brien", 'Murphy', 'Kelly', "O'Sullivan", 'Byrne', 'Gallagher'],
  },
];

const SPECIAL: Record<string, string> = { ß: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', æ: 'ae', å: 'a', ı: 'i', đ: 'd' };

/** `Krüger` → `kruger`, `de Vries` → `devries`, `O'Brien` → `obrien`: the local part of an address. */
export function asciiSlug(name: string): string {
  return name
    .replace(/[ßøØłŁæåıđ]/g, (c) => SPECIAL[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function initials(fullname: string): string {
  const parts = fullname.split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}
