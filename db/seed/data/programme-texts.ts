// Programme texts, written from the organisers' own descriptions in /work/shared/seeds.

export const CPI_TEXT = {
  summary:
    "South Korea's foremost cultural training programme: online and in-person training in Korea for cultural experts and administrators from around the world, building project-planning skills and a global network.",
  description: `The Cultural Partnership Initiative (CPI) stands as South Korea's foremost cultural training program, having supported approximately **1,400 cultural experts** worldwide over the past 18 years. It aims to bolster the competencies of cultural experts in various fields and to facilitate the establishment of global networks.

The programme looks for people who recognise the inherent value of their own cultural resources and can propose innovative cultural projects with global competence. Through online and invitational training courses in Korea, participants enhance their competency as cultural experts and administrators and forge a global network with colleagues from across the globe.

## Cultural Experts Training Program

The primary objective is to enhance participants' project planning skills. Experts start with a **two-week online class** in July, then train in Korea in sections run with Korean partner organisations: an **intensive course** of four weeks and a **general course** of three weeks.

| Course | Field | Title | Korean partner organisation |
|---|---|---|---|
| Intensive | Performing Arts 1 | A Unified World through Magic | BIMF |
| Intensive | Performing Arts 2 | Capacity Building Project for Performing Arts Festival Producers | CID-UNESCO |
| General | Publication | Capacity Building on Planning and Creating Book Contents for Children's Education | EDCN, Plan Education |
| General | Cultural Products | Capacity Building on Developing and Marketing Cultural Products based on Design Thinking | Design Council Busan |

## Cultural Administrators Training Program

Administrators focus on the theme **"Establishment and Utilization of Cultural Infrastructure"**. They begin with a week of online training (e-learning and real-time seminars on cultural infrastructure, project proposal preparation and case studies), then visit Korea for a week of workshops in **senior-level** and **working-level** sessions, cultural policy forums and cultural exploration.

## CPI Day

CPI Day brings experts and administrators together to exchange insights and share what they achieved. It has two parts: the **Cultural Policy Forum** (a keynote, a panel of senior-level administrators and the presentation of outstanding project proposals) and **CPI Night**, a networking evening with the graduation ceremony, a commemorative performance, dinner and a farewell reception.

## Alumni

Participants keep in touch after returning home through the CPI Online Platform, social networks and alumni associations, remaining **CPI Alumni**.`,
  outcomes:
    "In 2023 the Cultural Experts Training Program was implemented in full: 48 experts from 23 countries completed the online class and the intensive or general course in four sections, and 20 administrators from 10 countries completed the online training and the week in Korea (25 countries in all). Outstanding project proposals identified during the training were presented at the Cultural Policy Forum on CPI Day (14 September 2023), and graduates continue their exchanges as CPI Alumni through the CPI Online Platform, social networks and alumni associations.",
};

export const SEOUL_2018_TEXT = {
  summary:
    "A 5-day UNESCO capacity development programme in Seoul (June 2018) that trained 30 mid-career cultural professionals from 17 Asia-Pacific countries on the 2005 Convention and built a regional network of experts.",
  description: `## Context

In the Asia-Pacific region, the fostering of dynamic cultural and creative sectors is increasingly recognised as a priority for sustainable development. Yet the region is the least represented in ratifications of the 2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions: of 44 UNESCO Member States in Asia-Pacific, only 14 had ratified it when this project was launched in 2018. The region also lacks experts on the Convention and is under-represented in the Convention's Expert Facility.

UNESCO, with the support of the Korean National Commission for UNESCO, therefore organised a regional workshop for mid-career cultural professionals from Asia-Pacific to address four challenges: low awareness of the 2005 Convention; fragile advocacy networks for its ratification; lack of expertise; and low representation of the region in UNESCO's Expert Facility.

**General aim:** build a network of experts from the Asia-Pacific region on the 2005 Convention and highlight the importance of the cultural and creative sectors for sustainable development.

## The 5-day programme (Seoul, June 2018)

Thirty participants from 17 countries were selected for their potential to support the ratification and implementation of the Convention at the regional and national levels; gender and geographical balance were also considered to ensure diversity. UNESCO culture programme specialists from field offices in Asia-Pacific also took part.

Themes covered: the goals and relevance of the 2005 Convention; the Convention in the Asia-Pacific context; cultural policies; digital technology; the role of civil society; preferential treatment; gender equality and culture; human rights and fundamental freedoms. Participants discussed why and how ratification can be beneficial, how cultural policies can support implementation, and what role diverse national stakeholders should play.`,
  outcomes: `The project resulted in the creation of a network of experts in the region who can provide technical assistance and capacity-building support for the promotion and implementation of the 2005 Convention in Asia-Pacific.

These experts have been instrumental in raising awareness about the benefits of ratification, in preparing Quadrennial Periodic Reports (QPR) and in training-of-trainer sessions. Two experts from Mongolia were involved in preparing Mongolia's QPR and in reshaping its cultural policies. Several Seoul workshop participants, including from Pakistan, Japan and Korea, shared their insights in a 2019 panel discussion on the implementation of the Convention in Asia-Pacific organised by KNCU.

Four new experts (from Mongolia, China, the Republic of Korea and Japan) joined the UNESCO Expert Facility for 2019–2022 after completing the training in Seoul, bringing the number of experts from the region to six.`,
};

export const ASEAN_TEXT = {
  summary:
    "A 5-day UNESCO workshop in the Republic of Korea for about 30 senior cultural policy officials from the ten ASEAN Member States, in national delegations of three. Postponed due to the Covid-19 pandemic.",
  description: `## Context

Since the adoption of the 2005 Convention, the international community increasingly acknowledges the contribution of the culture sector to sustainable development, with the cultural and creative industries (CCI) an essential means to inclusive economic growth and social cohesion. Of the ten ASEAN Member States, only Cambodia, Indonesia, Lao PDR and Viet Nam have ratified the 2005 Convention, and several countries lack the human and institutional capacities to foster vibrant cultural and creative sectors.

At the 2019 Special Meeting of the ASEAN–Republic of Korea Ministers responsible for Culture and Arts, ministers reiterated their wish for joint training to elevate creative industry management and cultural governance in the region, and the Republic of Korea announced that it would host this workshop. It answers the need for a regional cultural policy network revealed during the Capacity Development Programme on the 2005 Convention held in Seoul on 10–15 June 2018.

**General aim:** train policymakers and cultural actors from Asia and the Pacific in designing and implementing cultural policies in a participatory manner, and raise their awareness of the 2005 Convention.

## The workshop

A 5-day workshop for knowledge exchange and peer-to-peer learning on strengthening the cultural and creative industries as engines for sustainable development. Its objectives:

1. To raise awareness about the 2005 Convention, a global legal instrument that provides a framework for cultural governance and cooperation for development.
2. To understand the scope and benefits of preferential treatment, the Convention's mechanism supporting balanced trade in culture, access to global markets (including co-distribution and co-production agreements in the audiovisual sector) and the mobility of artists and cultural professionals.
3. To enhance regional opportunities for cooperation and promotion of the diversity of cultural expressions, especially in the digital environment.

About **30 participants** from ASEAN's 10 Member States — senior officials in audiovisual and film industries and international trade in audiovisual services, from Ministries of Culture, Foreign Affairs and Trade or related public institutions — take part in **national delegations of three**. Each delegation presents its country's current policy status and challenges in the cultural and creative industries. The programme integrates lectures, panel discussions, site visits, peer-to-peer knowledge sharing and action planning, with actors from the Korean creative sector.`,
  outcomes: "The programme for the workshop has been organized and awaits more favourable travel conditions.",
};

export const KACES_TEXT = {
  summary:
    "KACES expands the value of arts and culture education internationally through networking, sharing knowledge and experiences through global partnerships guided by the UNESCO Seoul Agenda.",
  description: `KACES expands the value of arts and culture education at the international level through networking, and explores visions and prospects for arts education by sharing knowledge and experiences through global partnerships.

## Arts & Cultural Education, UNESCO and the Seoul Agenda

At the beginning of the 21st century UNESCO began to acknowledge the crucial role of arts education as the foundation of creative educational environments and an essential element of education itself. It proclaimed the *International Appeal for the Promotion of Arts Education and Creativity at School* at its 30th General Conference in 1999.

In 2010 the Second World Conference on Arts Education was held in Seoul. Its most notable outcome was the **Seoul Agenda: Goals for the Development of Arts Education**, agreed upon through in-depth discussions among international experts on the significance of arts education in and out of schools. The Seoul Agenda enlarges the roles and scope of arts education, encourages its social contribution and enhances its overall quality, guiding education systems.

## The Seoul Agenda's high-priority goals

1. **Secure accessibility to arts education**
2. **Ensure quality arts education**
3. **Contribute to solutions of social and cultural challenges**

Each goal comes with practical strategies; this programme's activities are tagged with the goals and strategies they serve.`,
};
