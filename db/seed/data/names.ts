// Given and family names by naming tradition, combined at random by the seed. The lists are common
// names, not people: no combination is meant to be anyone, and well-known surnames of public figures
// are left out on purpose.

export type NamePool = {
  women: readonly string[];
  men: readonly string[];
  families: readonly string[];
  /** Written family name first ("Kim Jiyoung", "Nguyễn Lan"). */
  familyFirst?: boolean;
  /** Surnames take a feminine ending for women (Sadykov → Sadykova). */
  feminineFamily?: boolean;
};

const w = (s: string) => s.split(",").map((x) => x.trim());

export const NAME_POOLS = {
  korean: {
    women: w("Jiyoung,Seoyeon,Minji,Hyejin,Soyeon,Eunji,Yuna,Dahye"),
    men: w("Minjun,Jihoon,Seungwoo,Hyunwoo,Dongha,Junseo,Taeyang,Sungmin"),
    families: w("Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon,Jang,Lim"),
    familyFirst: true,
  },
  japanese: {
    women: w("Yui,Haruka,Misaki,Aoi,Natsuki,Sakura,Emi,Kana"),
    men: w("Haruto,Takumi,Kenta,Ryota,Daiki,Sota,Yuto,Shun"),
    families: w("Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Nakamura,Kobayashi,Yamamoto,Kato"),
  },
  chinese: {
    women: w("Xiaoyu,Jing,Mei,Lina,Xinyi,Ruoxi,Wenjing,Yutong"),
    men: w("Hao,Wei,Zhiyuan,Jun,Yuhang,Bowen,Zihan,Haoran"),
    families: w("Wang,Li,Zhang,Liu,Chen,Yang,Zhao,Huang,Zhou,Wu"),
    familyFirst: true,
  },
  mongolian: {
    women: w("Oyunchimeg,Enkhjargal,Solongo,Narantsetseg,Anujin,Khulan,Saruul,Tsetsegmaa"),
    men: w("Bat-Erdene,Ganbold,Temuulen,Munkhbat,Erdenebat,Batbayar,Tuvshin,Khongor"),
    families: w("Bold,Dorj,Ganbaatar,Tserendorj,Baatar,Purev,Namjil,Lkhagva,Otgon,Davaa"),
  },
  vietnamese: {
    women: w("Lan,Thu Hà,Ngọc Anh,Mai,Thanh Hương,Phương,Linh,Hoa"),
    men: w("Minh,Đức Anh,Quang,Tuấn,Huy,Khánh,Long,Hoàng"),
    families: w("Nguyễn,Trần,Lê,Phạm,Hoàng,Vũ,Đặng,Bùi,Đỗ,Ngô"),
    familyFirst: true,
  },
  thai: {
    women: w("Siriporn,Kanokwan,Pimchanok,Nattaya,Supaporn,Wannapa,Ratchanee,Chutima"),
    men: w("Somchai,Anan,Thanakorn,Kittisak,Pongsak,Wichai,Nattapong,Surasak"),
    families: w("Srisuk,Chaiyasit,Wongsawat,Rattanakul,Phongphan,Saetang,Boonmee,Thongdee,Kaewkla,Jitpakdee"),
  },
  khmer: {
    women: w("Sreymom,Sophea,Chanthou,Bopha,Sokunthea,Rachana,Malis,Sreyneang"),
    men: w("Sokha,Vannak,Rithy,Chanthy,Visal,Kosal,Sovann,Piseth"),
    families: w("Sok,Chea,Heng,Ly,Meas,Nhem,Phan,Seng,Touch,Keo"),
    familyFirst: true,
  },
  lao: {
    women: w("Manivone,Phonevilay,Vilayvanh,Khamla,Chansamone,Souksavanh,Latsamy,Noy"),
    men: w("Bounmy,Khamphoui,Somphone,Souliya,Vilay,Thongsavanh,Phouvong,Anousone"),
    families: w(
      "Phommachanh,Sengdara,Vongsavanh,Keomany,Sisouphanh,Inthavong,Xayavong,Chanthavong,Douangmala,Phetsavong",
    ),
  },
  burmese: {
    women: w("Aye Aye,Thandar,Nilar,Su Myat,May Thu,Hnin Wai,Khin Sandar,Ei Phyu"),
    men: w("Kyaw Zin,Zaw Min,Aung Ko,Htet Naing,Min Thu,Thura,Ye Lin,Soe Moe"),
    families: w("Win,Aung,Htun,Oo,Myint,Thein,Naing,Kyaw,Soe,Hlaing"),
  },
  indonesian: {
    women: w("Dewi,Sri,Putri,Ayu,Rina,Intan,Wulan,Nur"),
    men: w("Budi,Agus,Rizky,Andi,Dimas,Fajar,Hendra,Yudi"),
    families: w("Santoso,Wijaya,Saputra,Hidayat,Pratama,Kusuma,Nugroho,Setiawan,Siregar,Lubis"),
  },
  malaysian: {
    women: w("Nurul,Siti,Aisyah,Farah,Mei Ling,Kavitha,Liyana,Hui Min"),
    men: w("Ahmad,Hafiz,Faizal,Wei Jie,Arjun,Iskandar,Amir,Danial"),
    families: w("Abdullah,Ismail,Rahman,Tan,Lim,Ong,Rajan,Hassan,Yusof,Wong"),
  },
  filipino: {
    women: w("Kristine,Angelica,Joanna,Liza,Camille,Rowena,Patricia,Maricel"),
    men: w("Jose Miguel,Paolo,Mark Anthony,Rafael,Jericho,Carlo,Ramon,Emmanuel"),
    families: w("Santos,Reyes,Cruz,Bautista,Ocampo,Garcia,Mendoza,Villanueva,Dela Cruz,Navarro"),
  },
  indian: {
    women: w("Priya,Ananya,Kavya,Meera,Shreya,Divya,Lakshmi,Nandini"),
    men: w("Arjun,Rahul,Vikram,Karthik,Rohan,Aditya,Siddharth,Manoj"),
    families: w("Sharma,Iyer,Nair,Gupta,Reddy,Das,Menon,Patel,Chatterjee,Joshi"),
  },
  bangladeshi: {
    women: w("Nusrat,Farzana,Tahmina,Sadia,Rumana,Shirin,Nadia,Sabrina"),
    men: w("Rafiq,Tanvir,Imran,Shafiq,Arif,Mahmud,Sajid,Rezaul"),
    families: w("Rahman,Hossain,Ahmed,Islam,Chowdhury,Khan,Karim,Uddin,Akter,Sarkar"),
  },
  nepali: {
    women: w("Sita,Sabina,Anjali,Pooja,Sunita,Bimala,Rojina,Kabita"),
    men: w("Bikash,Suman,Ramesh,Prakash,Sagar,Nabin,Dipesh,Kiran"),
    families: w("Shrestha,Gurung,Tamang,Adhikari,Karki,Thapa,Maharjan,Rai,Bhattarai,Poudel"),
  },
  sinhala: {
    women: w("Nimali,Dilini,Sanduni,Tharushi,Kumari,Ishara,Hasini,Madhavi"),
    men: w("Kasun,Nuwan,Chaminda,Dinesh,Ruwan,Sampath,Tharindu,Lahiru"),
    families: w("Perera,Fernando,Silva,Jayasinghe,Bandara,Gunawardena,Herath,Kumara,Weerasinghe,Ekanayake"),
  },
  pakistani: {
    women: w("Ayesha,Fatima,Sana,Hira,Mahnoor,Amna,Zainab,Rabia"),
    men: w("Usman,Bilal,Hamza,Faisal,Omer,Saad,Adnan,Zeeshan"),
    families: w("Malik,Qureshi,Siddiqui,Butt,Chaudhry,Mirza,Shaikh,Raza,Abbasi,Hashmi"),
  },
  uzbek: {
    women: w("Dilnoza,Madina,Gulnora,Nigora,Sevara,Zarina,Shahnoza,Malika"),
    men: w("Jasur,Sardor,Bekzod,Rustam,Otabek,Sherzod,Timur,Akmal"),
    families: w("Abdullaev,Nurmatov,Saidov,Ergashev,Rakhimov,Yuldashev,Tursunov,Khodjaev,Alimov,Umarov"),
    feminineFamily: true,
  },
  kazakh: {
    women: w("Aigerim,Dana,Asel,Aruzhan,Saule,Gulnar,Zhanar,Dinara"),
    men: w("Nurlan,Yerlan,Daniyar,Askar,Arman,Bauyrzhan,Yerzhan,Azat"),
    families: w("Akhmetov,Bekov,Iskakov,Nurpeisov,Omarov,Sadykov,Zhakupov,Abenov,Serikbayev,Tulegenov"),
    feminineFamily: true,
  },
  kyrgyz: {
    women: w("Aizada,Cholpon,Aidai,Elmira,Begimai,Jyldyz,Nazira,Gulzat"),
    men: w("Azamat,Bakyt,Emil,Kubanych,Nurbek,Talant,Ulan,Almaz"),
    families: w("Asanov,Mamatov,Osmonov,Sultanov,Abdrakhmanov,Isakov,Sydykov,Beishenov,Toktosunov,Usenov"),
    feminineFamily: true,
  },
  fijian: {
    women: w("Litia,Mereani,Salote,Vasiti,Losana,Akanisi,Unaisi,Makereta"),
    men: w("Josaia,Semisi,Tevita,Viliame,Isikeli,Jone,Apenisa,Maika"),
    families: w("Naivalu,Ravuvu,Waqa,Koroi,Vunisea,Tabua,Seru,Rokovada,Lesuma,Turaga"),
  },
  melanesian: {
    women: w("Grace,Helen,Ruth,Esther,Naomi,Joyce,Priscilla,Doreen"),
    men: w("Peter,Michael,Joseph,Samuel,Benjamin,Moses,Clement,Francis"),
    families: w("Kaupa,Waim,Aua,Nanu,Kapi,Morea,Tamarua,Kewa,Kuata,Maelanga"),
  },
  timorese: {
    women: w("Maria,Ana,Joana,Rosa,Filomena,Domingas,Lucia,Ermelinda"),
    men: w("José,João,Francisco,Domingos,Agostinho,Mateus,Celestino,Marcelino"),
    families: w("Soares,Pereira,Ximenes,da Costa,Amaral,Carvalho,Freitas,Sarmento,da Silva,Martins"),
  },
  australian: {
    women: w("Emily,Sarah,Jessica,Chloe,Olivia,Hannah,Megan,Rebecca"),
    men: w("James,Thomas,Jack,Lachlan,Benjamin,Samuel,Matthew,Oliver"),
    families: w("Smith,Jones,Williams,Brown,Wilson,Taylor,Walker,Mitchell,Campbell,Kelly"),
  },
  levantine: {
    women: w("Nour,Yasmin,Rania,Mariam,Hala,Dina,Leila,Lina"),
    men: w("Ahmed,Omar,Karim,Khaled,Tarek,Hassan,Sami,Rami"),
    families: w("Haddad,Mansour,Nasser,Khalil,Saleh,Ibrahim,Hamdan,Aziz,Khoury,Odeh"),
  },
  egyptian: {
    women: w("Fatma,Salma,Nourhan,Aya,Heba,Mona,Reem,Yasmin"),
    men: w("Mohamed,Mahmoud,Mostafa,Amr,Hesham,Sherif,Youssef,Karim"),
    families: w("El-Sayed,Abdelrahman,Farouk,Hassan,Mostafa,Soliman,Fahmy,Zaki,Gaber,Ramadan"),
  },
  sudanese: {
    women: w("Amna,Hiba,Marwa,Sara,Tasneem,Rayan,Safaa,Wifaq"),
    men: w("Ahmed,Mohamed,Osman,Abubakr,Elfatih,Hashim,Tariq,Musab"),
    families: w("Elamin,Babiker,Abdalla,Mustafa,Elhassan,Osman,Yousif,Ali,Idris,Siddig"),
  },
  maghrebi: {
    women: w("Imane,Khadija,Sanaa,Houda,Amal,Meriem,Ines,Salma"),
    men: w("Mehdi,Youssef,Hamza,Anas,Amine,Rachid,Nabil,Walid"),
    families: w("Benali,El Idrissi,Alaoui,Bennani,Tazi,Chraibi,Trabelsi,Ben Salah,Jaziri,Mejri"),
  },
  kenyan: {
    women: w("Grace,Faith,Mercy,Esther,Joy,Wanjiru,Achieng,Mumbua"),
    men: w("Brian,Kevin,Dennis,Kamau,Otieno,Kibet,Njoroge,Collins"),
    families: w("Kamau,Otieno,Mwangi,Odhiambo,Wafula,Kariuki,Mutua,Njoroge,Cheruiyot,Omondi"),
  },
  tanzanian: {
    women: w("Neema,Rehema,Zawadi,Upendo,Mwanaisha,Halima,Amina,Furaha"),
    men: w("Juma,Baraka,Emmanuel,Hamisi,Jabari,Said,Daudi,Elia"),
    families: w("Mushi,Massawe,Mwakyusa,Kimaro,Mrema,Lyimo,Mbwambo,Temba,Shayo,Komba"),
  },
  ugandan: {
    women: w("Nakato,Babirye,Atim,Akello,Namutebi,Grace,Sarah,Patience"),
    men: w("Mukasa,Okello,Kato,Wasswa,Opio,Mugisha,Ivan,Ronald"),
    families: w("Ssebunya,Tumusiime,Byaruhanga,Namara,Kiggundu,Lubega,Ochieng,Kisakye,Mugisha,Ssempala"),
  },
  rwandan: {
    women: w("Aline,Claudine,Diane,Josiane,Sandrine,Chantal,Ange,Solange"),
    men: w("Eric,Jean Paul,Olivier,Patrick,Emmanuel,Innocent,Fabrice,Jean Claude"),
    families: w("Uwimana,Habimana,Niyonsenga,Mugisha,Hakizimana,Ndayisaba,Bizimana,Munyaneza,Ingabire,Mukamana"),
  },
  ethiopian: {
    women: w("Hana,Meron,Selam,Tigist,Bethlehem,Liya,Mahlet,Hiwot"),
    men: w("Dawit,Yonas,Samuel,Tesfaye,Bereket,Henok,Mulugeta,Abel"),
    families: w("Tadesse,Girma,Alemu,Kebede,Assefa,Tesfaye,Wolde,Desta,Mekonnen,Getachew"),
  },
  nigerian: {
    women: w("Chiamaka,Funmilayo,Adaeze,Temitope,Aisha,Oluwaseun,Ifeoma,Zainab"),
    men: w("Chinedu,Emeka,Tunde,Olumide,Ibrahim,Segun,Obinna,Kelechi"),
    families: w("Okafor,Adeyemi,Eze,Okeke,Balogun,Nwosu,Abubakar,Ogunleye,Ibekwe,Adebayo"),
  },
  ghanaian: {
    women: w("Akosua,Ama,Abena,Efua,Adwoa,Yaa,Esi,Afua"),
    men: w("Kwabena,Yaw,Kojo,Kwaku,Kwesi,Fiifi,Kofi,Kwame"),
    families: w("Mensah,Owusu,Boateng,Asante,Osei,Appiah,Darko,Agyeman,Ofori,Amoah"),
  },
  senegalese: {
    women: w("Awa,Fatou,Aminata,Mariama,Khady,Ndeye,Coumba,Aïssatou"),
    men: w("Moussa,Ousmane,Mamadou,Abdoulaye,Cheikh,Ibrahima,Modou,Pape"),
    families: w("Diop,Ndiaye,Fall,Sow,Ba,Diallo,Sarr,Faye,Gueye,Mbaye"),
  },
  francophoneAfrican: {
    women: w("Mariam,Clarisse,Estelle,Nadège,Sandrine,Rokia,Aminata,Brigitte"),
    men: w("Koffi,Serge,Hervé,Yves,Arnaud,Boris,Souleymane,Issouf"),
    families: w("Kouassi,Koné,Traoré,Ouédraogo,Yao,Sawadogo,Nana,Mbarga,Fotso,Ngono"),
  },
  southAfrican: {
    women: w("Thandiwe,Lerato,Nomvula,Palesa,Zanele,Naledi,Ayanda,Lindiwe"),
    men: w("Sipho,Mandla,Lwazi,Bongani,Kagiso,Tshepo,Sibusiso,Thulani"),
    families: w("Dlamini,Nkosi,Mokoena,Khumalo,Ndlovu,Molefe,Mthembu,Naidoo,van der Merwe,Botha"),
  },
  zimbabwean: {
    women: w("Tendai,Rutendo,Chipo,Nyasha,Tatenda,Rudo,Vimbai,Fadzai"),
    men: w("Tinashe,Farai,Tafadzwa,Kudakwashe,Takudzwa,Simba,Tapiwa,Blessing"),
    families: w("Moyo,Ncube,Sibanda,Chikwanha,Mutasa,Marufu,Gumbo,Dube,Nyathi,Mhlanga"),
  },
  zambian: {
    women: w("Mwila,Chanda,Natasha,Bwalya,Mutinta,Namwinga,Chileshe,Mapalo"),
    men: w("Mulenga,Chola,Mwansa,Kabwe,Lubinda,Mutale,Kondwani,Chisomo"),
    families: w("Phiri,Banda,Mwale,Tembo,Sakala,Daka,Chirwa,Mumba,Kalumba,Chisenga"),
  },
  mozambican: {
    women: w("Ana,Célia,Luísa,Marta,Isabel,Sheila,Telma,Nélia"),
    men: w("Armando,Edson,Hélder,Nelson,Sérgio,Vasco,Alberto,Tomás"),
    families: w("Cossa,Macuácua,Sitoe,Tembe,Mabunda,Nhantumbo,Cumbe,Muianga,Zandamela,Langa"),
  },
  mexican: {
    women: w("María Fernanda,Ximena,Daniela,Valeria,Guadalupe,Paola,Andrea,Mariana"),
    men: w("José Luis,Diego,Alejandro,Emiliano,Santiago,Rodrigo,Luis Ángel,Jorge"),
    families: w("García,Hernández,Martínez,López,González,Rodríguez,Pérez,Sánchez,Ramírez,Flores"),
  },
  hispanic: {
    women: w("Camila,Valentina,Lucía,Carolina,Natalia,Paula,Catalina,Juliana,Sofía,Gabriela"),
    men: w("Andrés,Sebastián,Felipe,Juan Pablo,Mateo,Nicolás,Javier,Cristian"),
    families: w("Gómez,Torres,Vargas,Rojas,Castro,Morales,Muñoz,Ortiz,Herrera,Ramos,Díaz,Quispe,Mamani"),
  },
  brazilian: {
    women: w("Ana Clara,Beatriz,Juliana,Larissa,Fernanda,Camila,Letícia,Mariana"),
    men: w("João Pedro,Lucas,Gabriel,Rafael,Thiago,Felipe,Bruno,Gustavo"),
    families: w("Silva,Santos,Oliveira,Souza,Costa,Pereira,Almeida,Ferreira,Rodrigues,Carvalho"),
  },
  caribbean: {
    women: w("Shanice,Kimberley,Tanya,Camille,Keisha,Monique,Tamara,Simone"),
    men: w("Andre,Damion,Jermaine,Kemar,Marlon,Ricardo,Dwayne,Omar"),
    families: w("Campbell,Williams,Thompson,Morgan,Clarke,Reid,Grant,Francis,Spencer,Henry"),
  },
  turkish: {
    women: w("Elif,Zeynep,Ayşe,Merve,Selin,Ece,Defne,Büşra"),
    men: w("Emre,Mehmet,Can,Burak,Kerem,Murat,Oğuz,Barış"),
    families: w("Yılmaz,Kaya,Demir,Şahin,Çelik,Aydın,Öztürk,Arslan,Doğan,Koç"),
  },
  georgian: {
    women: w("Nino,Tamar,Mariam,Ana,Salome,Ketevan,Natia,Eka"),
    men: w("Giorgi,Levan,Davit,Irakli,Nika,Luka,Zurab,Lasha"),
    families: w("Beridze,Kapanadze,Gelashvili,Maisuradze,Lomidze,Tsiklauri,Giorgadze,Nozadze,Abashidze,Mikadze"),
  },
  azerbaijani: {
    women: w("Aysel,Leyla,Gunel,Nigar,Sevinj,Aytan,Narmin,Lala"),
    men: w("Elvin,Rashad,Farid,Orkhan,Tural,Kamran,Nijat,Ramil"),
    families: w("Mammadov,Hasanov,Huseynov,Guliyev,Ismayilov,Jafarov,Abbasov,Rzayev,Babayev,Safarov"),
    feminineFamily: true,
  },
  ukrainian: {
    women: w("Olena,Iryna,Kateryna,Oksana,Yuliia,Nataliia,Anastasiia,Sofiia"),
    men: w("Oleksandr,Andrii,Dmytro,Serhii,Maksym,Taras,Bohdan,Yaroslav"),
    families: w("Kovalenko,Bondarenko,Tkachenko,Kravchenko,Melnyk,Boiko,Oliinyk,Lysenko,Moroz,Savchenko"),
  },
  armenian: {
    women: w("Anahit,Lilit,Mariam,Nare,Ani,Gayane,Hasmik,Armine"),
    men: w("Aram,Hayk,Tigran,Davit,Narek,Vahe,Armen,Gor"),
    families: w("Petrosyan,Sargsyan,Harutyunyan,Grigoryan,Hakobyan,Vardanyan,Mkrtchyan,Avetisyan,Karapetyan,Gevorgyan"),
  },
  serbian: {
    women: w("Jelena,Milica,Ana,Marija,Jovana,Teodora,Ivana,Dragana"),
    men: w("Nikola,Marko,Stefan,Luka,Milan,Nemanja,Aleksandar,Dušan"),
    families: w("Jovanović,Petrović,Nikolić,Marković,Đorđević,Stojanović,Ilić,Pavlović,Popović,Stanković"),
  },
} as const satisfies Record<string, NamePool>;

export type NamePoolKey = keyof typeof NAME_POOLS;

/** Self-descriptions for people who answer "another" gender. */
export const GENDER_OTHER_TERMS = ["Genderfluid", "Agender", "Genderqueer", "Bigender"] as const;
