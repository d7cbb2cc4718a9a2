#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes assets/demo/directory.json: the fictional demo directory (kring-directory/1) the app ships.

Deterministic. The groups, people and contact channels are invented; the venues are public places (libraries,
community and cultural centres) as best known. Validates its own output and exits non-zero on a problem.
"""
import calendar
import csv
import datetime as dt
import json
import math
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
OUT = os.path.join(ROOT, 'assets', 'demo', 'directory.json')
PLACES = '/work/shared/data/nl_be_places.csv'
MAX_KM = 6.0

# ---------------------------------------------------------------------------------------------------------------
# Themes: id, nl, en, category, keywords
THEMES = [
    ('rouw', 'Rouw en verlies', 'Grief and loss', 'rouw-en-verlies', ['overlijden', 'verlies', 'dood', 'afscheid', 'rouwen']),
    ('verlies-kind', 'Verlies van een kind', 'Loss of a child', 'rouw-en-verlies', ['kind overleden', 'doodgeboren', 'verlies', 'ouders']),
    ('nabestaanden-suicide', 'Nabestaanden na zelfdoding', 'Bereaved by suicide', 'rouw-en-verlies', ['zelfmoord', 'zelfdoding', 'suïcide', 'nabestaanden']),
    ('verslaving-alcohol', 'Alcohol', 'Alcohol', 'verslaving', ['drank', 'drinken', 'alcohol', 'bier', 'wijn']),
    ('verslaving-drugs', 'Drugs', 'Drugs', 'verslaving', ['drugs', 'blowen', 'cocaïne', 'middelen', 'verslaafd']),
    ('gokken', 'Gokken', 'Gambling', 'verslaving', ['gokken', 'casino', 'wedden', 'loterij', 'online gokken']),
    ('depressie', 'Depressie', 'Depression', 'geestelijke-gezondheid', ['somber', 'neerslachtig', 'depressief', 'niets meer zien zitten']),
    ('angst', 'Angst en paniek', 'Anxiety and panic', 'fobie-en-dwang', ['bang', 'paniek', 'fobie', 'piekeren', 'angstaanval']),
    ('burn-out', 'Burn-out', 'Burnout', 'geestelijke-gezondheid', ['opgebrand', 'overspannen', 'stress', 'uitgeput', 'werkdruk']),
    ('bipolair', 'Bipolaire stoornis', 'Bipolar disorder', 'geestelijke-gezondheid', ['manisch', 'manisch-depressief', 'stemmingswisselingen']),
    ('autisme', 'Autisme', 'Autism', 'geestelijke-gezondheid', ['autist', 'ass', 'prikkels', 'asperger']),
    ('adhd', 'ADHD en ADD', 'ADHD and ADD', 'geestelijke-gezondheid', ['adhd', 'add', 'concentratie', 'druk', 'onrustig']),
    ('eetstoornis', 'Eetstoornissen', 'Eating disorders', 'geestelijke-gezondheid', ['anorexia', 'boulimia', 'eetbuien', 'eten', 'gewicht']),
    ('kanker', 'Kanker', 'Cancer', 'lichamelijke-gezondheid', ['kanker', 'tumor', 'chemo', 'borstkanker', 'bestraling']),
    ('hartpatienten', 'Hart- en vaatziekten', 'Heart and vascular disease', 'lichamelijke-gezondheid', ['hart', 'hartinfarct', 'hartaanval', 'hartfalen']),
    ('reuma', 'Reuma', 'Rheumatism', 'lichamelijke-gezondheid', ['reuma', 'gewrichten', 'artrose', 'artritis']),
    ('diabetes', 'Diabetes', 'Diabetes', 'lichamelijke-gezondheid', ['suiker', 'suikerziekte', 'insuline', 'diabetes']),
    ('nah', 'Niet-aangeboren hersenletsel', 'Acquired brain injury', 'lichamelijke-gezondheid', ['hersenletsel', 'beroerte', 'herseninfarct', 'hersenschudding']),
    ('ms', 'Multiple sclerose', 'Multiple sclerosis', 'lichamelijke-gezondheid', ['ms', 'multiple sclerose', 'vermoeidheid']),
    ('chronische-pijn', 'Chronische pijn', 'Chronic pain', 'lichamelijke-gezondheid', ['pijn', 'rugpijn', 'fibromyalgie', 'moe']),
    ('echtscheiding', 'Scheiding', 'Divorce and separation', 'relaties', ['scheiding', 'uit elkaar', 'ex', 'co-ouderschap']),
    ('eenzaamheid', 'Eenzaamheid', 'Loneliness', 'overige', ['alleen', 'eenzaam', 'contact', 'vrienden']),
    ('schulden', 'Schulden en geldzorgen', 'Debt and money worries', 'werk-en-financien', ['geldzorgen', 'schulden', 'rekeningen', 'rondkomen']),
    ('mantelzorg', 'Mantelzorg', 'Caring for someone', 'mantelzorg', ['zorgen voor', 'naaste', 'mantelzorger', 'overbelast']),
    ('dwang', 'Dwangstoornis', 'Obsessive-compulsive disorder', 'fobie-en-dwang', ['dwang', 'ocd', 'controleren', 'smetvrees']),
    ('seksueel-misbruik', 'Seksueel misbruik', 'Sexual abuse', 'seksualiteit', ['misbruik', 'incest', 'aanranding', 'verkrachting']),
]

# ---------------------------------------------------------------------------------------------------------------
# Venues: id, name, street, postcode, town, country, lat, lon, wheelchair (True/False/None), directions (nl, en) or None
VENUES = [
    # Eindhoven
    ('ehv-bibliotheek-centrum', 'Bibliotheek Eindhoven Centrum', 'Emmasingel 22', '5611 AZ', 'Eindhoven', 'NL', 51.4390, 5.4741, True,
     ('In de Witte Dame, naast Station Eindhoven; de lift staat links van de ingang.',
      'In De Witte Dame, next to Eindhoven station; the lift is to the left of the entrance.')),
    ('ehv-bibliotheek-woensel', 'Bibliotheek Eindhoven Woensel', 'Winkelcentrum Woensel 28', '5625 AB', 'Eindhoven', 'NL', 51.4706, 5.4748, True, None),
    ('ehv-pand-p', 'Pand P', 'Leenderweg 65', '5614 HL', 'Eindhoven', 'NL', 51.4315, 5.4853, True, None),
    ('ehv-wijkcentrum-boschdijk', 'Wijkcentrum De Boschdijk', 'Boschdijk 393', '5621 JG', 'Eindhoven', 'NL', 51.4555, 5.4560, None, None),
    ('ehv-buurthuis-tongelre', 'Buurthuis Tongelre', 'Tongelresestraat 350', '5642 NE', 'Eindhoven', 'NL', 51.4425, 5.5040, True, None),
    ('ehv-wijkcentrum-meerhoven', 'Wijkcentrum Meerhoven', 'Sliffertsestraat 9', '5658 AB', 'Eindhoven', 'NL', 51.4390, 5.4090, None, None),
    ('ehv-ontmoetingscentrum-stratum', 'Ontmoetingscentrum Stratum', 'Geldropseweg 100', '5611 SK', 'Eindhoven', 'NL', 51.4330, 5.4890, False, None),
    # Helmond
    ('hmd-bibliotheek', 'Bibliotheek Helmond', 'Watermolenwal 1', '5701 RZ', 'Helmond', 'NL', 51.4786, 5.6560, True,
     ('Ingang aan de Watermolenwal; fietsenstalling onder het gebouw.',
      'Entrance on Watermolenwal; bicycle parking under the building.')),
    ('hmd-cacaofabriek', 'Cultureel centrum De Cacaofabriek', 'Cacaokade 1', '5705 KA', 'Helmond', 'NL', 51.4735, 5.6690, True, None),
    ('hmd-wijkhuis-west', 'Wijkhuis Helmond-West', 'Hortsedijk 2', '5708 HA', 'Helmond', 'NL', 51.4780, 5.6380, None, None),
    # Veldhoven
    ('vhv-de-schalm', 'Cultureel centrum De Schalm', 'Meiveld 1', '5501 KA', 'Veldhoven', 'NL', 51.4190, 5.4030, True, None),
    ('vhv-wijkcentrum-zeelst', 'Ontmoetingscentrum Zeelst', 'Kerkakkers 2', '5502 PA', 'Veldhoven', 'NL', 51.4240, 5.4150, None, None),
    # Geldrop
    ('gdp-bibliotheek', 'Bibliotheek Geldrop', 'Heuvel 1', '5664 HJ', 'Geldrop', 'NL', 51.4215, 5.5595, True, None),
    ('gdp-buurthuis-coevering', 'Buurthuis Coevering', 'Laan der Vier Heemskinderen 1', '5663 EA', 'Geldrop', 'NL', 51.4135, 5.5725, False, None),
    # Mierlo
    ('mrl-gemeenschapshuis', 'Gemeenschapshuis Den Heuvel', 'Marktstraat 1', '5731 HT', 'Mierlo', 'NL', 51.4400, 5.6195, None, None),
    # Best
    ('bst-bibliotheek', 'Bibliotheek Best', 'Hoofdstraat 38', '5683 AG', 'Best', 'NL', 51.5085, 5.3910, True, None),
    ('bst-ontmoetingscentrum', 'Ontmoetingscentrum Naastenhuis', 'Nazarethstraat 2', '5683 AL', 'Best', 'NL', 51.5060, 5.3950, None, None),
    # Nuenen
    ('nnn-het-klooster', 'Het Klooster', 'Park 1', '5671 GA', 'Nuenen', 'NL', 51.4705, 5.5520, True,
     ('Aan het Park, tegenover het Vincentre; parkeren achter het gebouw.',
      'On the Park, opposite the Vincentre; parking behind the building.')),
    ('nnn-wijkhuis-gerwen', 'Dorpshuis Gerwen', 'Heuvel 2', '5674 RR', 'Nuenen', 'NL', 51.4810, 5.5830, None, None),
    # Son en Breugel
    ('sbr-bibliotheek', 'Bibliotheek Son en Breugel', 'Raadhuisplein 1', '5691 AL', 'Son en Breugel', 'NL', 51.5140, 5.4935, None, None),
    # Waalre
    ('wlr-dorpshuis', 'Dorpshuis Waalre', 'Eindhovenseweg 6', '5582 HR', 'Waalre', 'NL', 51.3890, 5.4440, None, None),
    # Valkenswaard
    ('vlk-bibliotheek', 'Bibliotheek Valkenswaard', 'Kerkakkers 1', '5554 HA', 'Valkenswaard', 'NL', 51.3505, 5.4595, True, None),
    ('vlk-wijkcentrum-dommelen', 'Wijkcentrum Dommelen', 'Dorpsstraat 10', '5551 AE', 'Valkenswaard', 'NL', 51.3390, 5.4380, None, None),
    # Oirschot
    ('osc-de-enck', 'Cultureel centrum De Enck', 'Molenstraat 2', '5688 AG', 'Oirschot', 'NL', 51.5040, 5.3125, True, None),
    # Antwerpen
    ('ant-permeke', 'Bibliotheek Permeke', 'De Coninckplein 25', '2060', 'Antwerpen', 'BE', 51.2226, 4.4245, True,
     ('Vlak bij het Centraal Station; tram 3, 5 en 9 stoppen aan het De Coninckplein.',
      'Close to Central Station; trams 3, 5 and 9 stop at De Coninckplein.')),
    ('ant-zuiderpershuis', 'Zuiderpershuis', 'Waalsekaai 14', '2000', 'Antwerpen', 'BE', 51.2090, 4.3925, True, None),
    ('ant-cc-berchem', 'Cultuurcentrum Berchem', 'Driekoningenstraat 126', '2600', 'Antwerpen', 'BE', 51.2020, 4.4300, True, None),
    ('ant-dienstencentrum-kiel', 'Lokaal dienstencentrum Het Kiel', 'Sint-Bernardsesteenweg 34', '2020', 'Antwerpen', 'BE', 51.1935, 4.3880, None, None),
    # Leuven
    ('lvn-tweebronnen', 'Bibliotheek Tweebronnen', 'Rijschoolstraat 4', '3000', 'Leuven', 'BE', 50.8785, 4.7045, True, None),
    ('lvn-romaanse-poort', 'Romaanse Poort', 'Brusselsestraat 63', '3000', 'Leuven', 'BE', 50.8790, 4.6965, False, None),
    ('lvn-dienstencentrum-kessel-lo', 'Lokaal dienstencentrum Kessel-Lo', 'Diestsesteenweg 200', '3010', 'Leuven', 'BE', 50.8890, 4.7240, True, None),
    # Gent
    ('gnt-de-krook', 'De Krook', 'Miriam Makebaplein 1', '9000', 'Gent', 'BE', 51.0480, 3.7275, True,
     ('Aan de Schelde bij de Korenmarkt; vraag aan de balie naar de zaal.',
      'On the river Scheldt near the Korenmarkt; ask at the desk for the room.')),
    ('gnt-de-centrale', 'De Centrale', 'Kraankindersstraat 2', '9000', 'Gent', 'BE', 51.0605, 3.7360, True, None),
    ('gnt-buurtcentrum-brugse-poort', 'Buurtcentrum Brugse Poort', 'Haspelstraat 35', '9000', 'Gent', 'BE', 51.0580, 3.7050, None, None),
    # Hasselt
    ('hst-cultuurcentrum', 'Cultuurcentrum Hasselt', 'Kunstlaan 5', '3500', 'Hasselt', 'BE', 50.9330, 5.3310, True, None),
    ('hst-bibliotheek', 'Bibliotheek Hasselt Limburg', 'Bampslaan 27', '3500', 'Hasselt', 'BE', 50.9295, 5.3420, True, None),
    # Mechelen
    ('mch-predikheren', 'Bibliotheek Het Predikheren', 'Goswin de Stassartstraat 1', '2800', 'Mechelen', 'BE', 51.0300, 4.4775, True, None),
    ('mch-cultuurcentrum', 'Cultuurcentrum Mechelen', 'Minderbroedersgang 5', '2800', 'Mechelen', 'BE', 51.0265, 4.4820, None, None),
    # Brugge, Genk, Turnhout, Kortrijk, Aalst, Lier, Geel
    ('brg-biekorf', 'Bibliotheek Biekorf', 'Kuipersstraat 3', '8000', 'Brugge', 'BE', 51.2100, 3.2240, True, None),
    ('gnk-c-mine', 'C-mine cultuurcentrum', 'C-mine 10', '3600', 'Genk', 'BE', 50.9790, 5.4900, True, None),
    ('tnh-de-warande', 'Cultuurhuis De Warande', 'Warandestraat 42', '2300', 'Turnhout', 'BE', 51.3225, 4.9470, True, None),
    ('krt-bibliotheek', 'Stadsbibliotheek Kortrijk', 'Leiestraat 36', '8500', 'Kortrijk', 'BE', 50.8290, 3.2640, None, None),
    ('aal-de-werf', 'Cultuurcentrum De Werf', 'Molenstraat 51', '9300', 'Aalst', 'BE', 50.9390, 4.0390, True, None),
    ('lir-bibliotheek', 'Stadsbibliotheek Lier', 'Kanunnik Davidlaan 2', '2500', 'Lier', 'BE', 51.1300, 4.5690, None, None),
    ('gel-de-werft', 'Cultuurcentrum De Werft', 'Werft 32', '2440', 'Geel', 'BE', 51.1625, 4.9905, True, None),
]

# Town code -> (country) for groups without a venue town (online-only groups).
REGION_OF_CODE = {'nl': 'NL', 'be': 'BE'}

# ---------------------------------------------------------------------------------------------------------------
# Groups: id, themes, audience, name, summary nl, summary en, keywords
GROUPS = [
    # --- Eindhoven
    ('ehv-rouw-partner', ['rouw'], 'self', 'Verder na verlies van je partner',
     'Lotgenoten die hun partner verloren, praten in een kleine kring over hoe het verder gaat. Je mag vertellen, maar alleen luisteren is ook goed.',
     'Peers who lost their partner talk in a small circle about how life goes on. You may share, but just listening is fine too.',
     ['weduwe', 'weduwnaar']),
    ('ehv-alcohol', ['verslaving-alcohol'], 'self', 'Nuchter Verder Eindhoven',
     'Voor iedereen die wil stoppen of minderen met drinken. We delen ervaringen en steunen elkaar, zonder oordeel.',
     'For anyone who wants to stop or cut down on drinking. We share experiences and support each other, without judgement.',
     ['stoppen', 'minderen']),
    ('ehv-alcohol-naasten', ['verslaving-alcohol'], 'relatives', 'Naast een drinker',
     'Voor partners, ouders en kinderen van iemand die te veel drinkt. Hier hoef je niets uit te leggen.',
     'For partners, parents and children of someone who drinks too much. Here you do not have to explain anything.',
     ['partner', 'familie']),
    ('ehv-depressie', ['depressie'], 'self', 'Lotgenotengroep Depressie Eindhoven',
     'Een rustige groep voor mensen die met depressie leven of ervan herstellen. We praten over wat helpt, ook op de zware dagen.',
     'A calm group for people living with or recovering from depression. We talk about what helps, on the hard days too.',
     []),
    ('ehv-autisme', ['autisme'], 'self', 'Volwassenen met autisme Eindhoven',
     'Een kleine, voorspelbare groep voor volwassenen met autisme. Er is een vaste opbouw en je mag altijd even pauze nemen.',
     'A small, predictable group for adults with autism. Every meeting follows the same pattern and you can always take a break.',
     ['volwassenen']),
    ('ehv-kanker-naasten', ['kanker', 'mantelzorg'], 'relatives', 'Naast iemand met kanker',
     'Voor partners en familie van iemand met kanker. Even stilstaan bij wat het met jóu doet, samen met mensen die het kennen.',
     'For partners and family of someone with cancer. A moment to stop and notice what it does to you, with people who know it.',
     ['partner', 'familie']),
    ('ehv-gokken', ['gokken'], 'both', 'Gokvrij Eindhoven',
     'Voor mensen die willen stoppen met gokken en voor hun naasten. We zoeken samen naar rust, in je hoofd en in je portemonnee.',
     'For people who want to stop gambling and for those close to them. Together we look for calm, in your head and in your wallet.',
     ['sportweddenschappen']),
    ('ehv-eenzaamheid', ['eenzaamheid'], 'self', 'Samen minder alleen',
     'Voel je je vaak alleen? Hier ontmoet je anderen bij een kop koffie en praat je over wat eenzaamheid met je doet.',
     'Do you often feel alone? Here you meet others over a cup of coffee and talk about what loneliness does to you.',
     ['koffie', 'ontmoeten']),
    ('ehv-verlies-kind', ['verlies-kind', 'rouw'], 'self', 'Ouders die een kind verloren Eindhoven',
     'Voor vaders en moeders van wie een kind is overleden, kort of lang geleden. Je verhaal mag er zijn, hoe lang het ook duurt.',
     'For fathers and mothers whose child has died, recently or long ago. Your story is welcome, however long it takes.',
     ['vader', 'moeder']),
    ('ehv-adhd', ['adhd'], 'self', 'Volwassenen met ADHD Eindhoven',
     'Voor volwassenen met ADHD of ADD. We wisselen tips uit over werk, planning en rust, en lachen ook om onszelf.',
     'For adults with ADHD or ADD. We swap tips about work, planning and rest, and laugh at ourselves too.',
     ['planning', 'werk']),
    ('ehv-drugs', ['verslaving-drugs'], 'self', 'Vrij van middelen Eindhoven',
     'Een groep voor mensen die clean willen worden of blijven. Elke week een plek om eerlijk te zijn over hoe het gaat.',
     'A group for people who want to get or stay clean. Every week a place to be honest about how things are going.',
     ['clean', 'herstel']),
    # --- Helmond
    ('hmd-drugs-ouders', ['verslaving-drugs'], 'relatives', 'Ouders van kinderen die drugs gebruiken',
     'Voor ouders die zich zorgen maken over het drugsgebruik van hun kind. Samen zoeken we naar grenzen, hoop en rust.',
     'For parents worried about their child\'s drug use. Together we look for boundaries, hope and peace of mind.',
     ['ouders', 'tiener']),
    ('hmd-diabetes', ['diabetes'], 'self', 'Diabetes Praatgroep Helmond',
     'Voor mensen met diabetes type 1 of 2. We praten over eten, bewegen en de dagelijkse zorg, en wat dat met je doet.',
     'For people with type 1 or type 2 diabetes. We talk about food, exercise and daily care, and how it affects you.',
     ['type 2']),
    ('hmd-schulden', ['schulden'], 'self', 'Samen uit de schulden',
     'Geldzorgen maken eenzaam. In deze groep praat je met mensen die weten hoe het is, en help je elkaar weer overzicht te krijgen.',
     'Money worries make you lonely. In this group you talk with people who know what it is like, and help each other regain an overview.',
     ['budget']),
    ('hmd-mantelzorg', ['mantelzorg'], 'relatives', 'Mantelzorgcafé Helmond',
     'Zorg je voor een partner, ouder of kind? Kom even op adem bij andere mantelzorgers en deel wat je bezighoudt.',
     'Do you care for a partner, parent or child? Come and catch your breath with other carers and share what is on your mind.',
     ['café']),
    ('hmd-autisme-ouders', ['autisme'], 'relatives', 'Ouders van kinderen met autisme Helmond',
     'Voor ouders van een kind met autisme. We delen ervaringen over school, thuis en de zoektocht naar passende hulp.',
     'For parents of a child with autism. We share experiences about school, home and the search for the right help.',
     ['school', 'ouders']),
    # --- Veldhoven
    ('vhv-burn-out', ['burn-out'], 'self', 'Opnieuw op adem',
     'Voor mensen die thuiszitten of herstellen van een burn-out. We praten over grenzen, rust en de weg terug naar werk.',
     'For people at home with or recovering from burnout. We talk about limits, rest and the way back to work.',
     ['re-integratie']),
    ('vhv-nah-naasten', ['nah', 'mantelzorg'], 'relatives', 'Naasten van mensen met hersenletsel',
     'Voor partners en familie van iemand met niet-aangeboren hersenletsel. Het leven veranderde ook voor jou; hier is daar ruimte voor.',
     'For partners and family of someone with an acquired brain injury. Life changed for you too; here there is room for that.',
     ['partner']),
    ('vhv-angst', ['angst'], 'self', 'Leven met angst Veldhoven',
     'Voor mensen met angst- of paniekklachten. We vertellen elkaar wat helpt en oefenen in een veilige groep met kleine stappen.',
     'For people with anxiety or panic. We tell each other what helps and practise small steps in a safe group.',
     []),
    # --- Geldrop, Mierlo
    ('gdp-reuma', ['reuma', 'chronische-pijn'], 'self', 'Reumacontactgroep Geldrop',
     'Voor mensen met reuma of artrose. Naast praten over pijn en vermoeidheid is er ook tijd voor gezelligheid.',
     'For people with rheumatism or osteoarthritis. Besides talking about pain and fatigue there is time for company too.',
     []),
    ('gdp-scheiding', ['echtscheiding'], 'self', 'Na de scheiding',
     'Voor mensen die gescheiden zijn of midden in een scheiding zitten. Je verhaal delen maakt het vaak al wat lichter.',
     'For people who are divorced or in the middle of a separation. Sharing your story often makes it a little lighter.',
     ['kinderen']),
    ('gdp-adhd-ouders', ['adhd'], 'relatives', 'Ouders van kinderen met ADHD Geldrop',
     'Voor ouders van een druk of dromerig kind met ADHD of ADD. Herkenning, tips en af en toe gewoon stoom afblazen.',
     'For parents of a restless or dreamy child with ADHD or ADD. Recognition, tips and sometimes just letting off steam.',
     ['ouders', 'kind']),
    ('mrl-hart', ['hartpatienten'], 'both', 'Hartgenoten Mierlo',
     'Voor mensen met een hartaandoening en hun partners. We praten over het leven na een hartinfarct of met hartfalen.',
     'For people with a heart condition and their partners. We talk about life after a heart attack or with heart failure.',
     []),
    # --- Best
    ('bst-pijn', ['chronische-pijn'], 'self', 'Leven met pijn Best',
     'Voor mensen met langdurige pijn. Je hoeft hier niet uit te leggen waarom je soms niet kunt; we zoeken samen naar wat wel lukt.',
     'For people with long-term pain. You do not have to explain here why you sometimes cannot; together we look for what does work.',
     []),
    ('bst-jonge-mantelzorgers', ['mantelzorg'], 'relatives', 'Jonge mantelzorgers Best',
     'Voor jongeren tot 25 die thuis zorgen voor een ouder, broer of zus. Even niet de sterke zijn, maar gewoon jezelf.',
     'For young people up to 25 who care for a parent, brother or sister at home. A moment not to be the strong one, just yourself.',
     ['jongeren']),
    ('bst-bipolair', ['bipolair'], 'self', 'Bipolair in balans',
     'Voor mensen met een bipolaire stoornis. We delen ervaringen over stemmingen, medicatie en het vinden van een eigen ritme.',
     'For people with bipolar disorder. We share experiences about moods, medication and finding your own rhythm.',
     ['medicatie']),
    # --- Nuenen
    ('nnn-rouwcafe', ['rouw'], 'self', 'Rouwcafé Nuenen',
     'Een open plek voor iedereen die iemand heeft verloren. Je kunt binnenlopen, een kop thee drinken en praten als je dat wilt.',
     'An open place for anyone who has lost someone. You can drop in, have a cup of tea and talk if you want to.',
     ['inloop']),
    ('nnn-ms', ['ms'], 'both', 'MS-contactgroep Nuenen',
     'Voor mensen met MS en hun naasten. We praten over vermoeidheid, werk en de onzekerheid van een ziekte die wisselt.',
     'For people with MS and those close to them. We talk about fatigue, work and the uncertainty of an illness that comes and goes.',
     []),
    ('nnn-dwang', ['dwang'], 'self', 'Dwang en twijfel',
     'Voor mensen met dwanggedachten of dwanghandelingen. Hier kun je vertellen over wat je anderen liever niet laat zien.',
     'For people with obsessive thoughts or compulsions. Here you can talk about what you would rather not show others.',
     []),
    # --- Son en Breugel, Waalre, Valkenswaard, Oirschot
    ('sbr-eetstoornis-ouders', ['eetstoornis'], 'relatives', 'Ouders van een kind met een eetstoornis',
     'Voor ouders van een kind met anorexia, boulimia of eetbuien. Samen staan we sterker in een zware tijd.',
     'For parents of a child with anorexia, bulimia or binge eating. Together we stand stronger in a hard time.',
     ['ouders']),
    ('sbr-kanker', ['kanker'], 'self', 'Na kanker verder',
     'Voor mensen die kanker hebben (gehad). We praten over vermoeidheid, angst voor terugkeer en het leven na de behandeling.',
     'For people who have (had) cancer. We talk about fatigue, fear of recurrence and life after treatment.',
     ['herstel']),
    ('wlr-zelfdoding', ['nabestaanden-suicide', 'rouw'], 'self', 'Nabestaanden na zelfdoding Kempen (Waalre)',
     'Voor iedereen die iemand verloor door zelfdoding. Je vragen en je verdriet mogen hier allemaal op tafel.',
     'For anyone who lost someone to suicide. Your questions and your grief are all welcome here.',
     []),
    ('vlk-alcohol', ['verslaving-alcohol'], 'self', 'Droog Valkenswaard',
     'Een groep voor mensen die niet meer willen drinken. We helpen elkaar dag voor dag, met humor en eerlijkheid.',
     'A group for people who no longer want to drink. We help each other day by day, with humour and honesty.',
     ['stoppen']),
    ('vlk-depressie-naasten', ['depressie'], 'relatives', 'Naasten van iemand met depressie',
     'Voor partners, ouders en vrienden van iemand met een depressie. Hoe zorg je voor de ander zonder jezelf te vergeten?',
     'For partners, parents and friends of someone with depression. How do you care for the other without forgetting yourself?',
     ['partner']),
    ('vlk-misbruik', ['seksueel-misbruik'], 'self', 'Vrouwen na seksueel misbruik',
     'Een besloten groep voor vrouwen die seksueel misbruik hebben meegemaakt. Je bepaalt zelf wat je deelt.',
     'A closed group for women who have experienced sexual abuse. You decide what you share.',
     ['vrouwen']),
    ('osc-nah', ['nah'], 'self', 'Hersenletsel lotgenoten Oirschot',
     'Voor mensen met niet-aangeboren hersenletsel. We spreken af in een rustige ruimte, met korte rondes en veel pauze.',
     'For people with an acquired brain injury. We meet in a quiet room, with short rounds and plenty of breaks.',
     []),
    # --- NL online
    ('nl-online-gokken-naasten', ['gokken'], 'relatives', 'Naasten van gokkers online',
     'Een online groep voor partners en familie van iemand die gokt. Je doet mee vanuit huis, met of zonder camera.',
     'An online group for partners and family of someone who gambles. You join from home, with or without camera.',
     ['online']),
    ('nl-online-eetstoornis', ['eetstoornis'], 'self', 'Online kring eetstoornis',
     'Voor jongvolwassenen met een eetstoornis die liever vanuit huis meepraten. We steunen elkaar bij herstel, zonder over cijfers te praten.',
     'For young adults with an eating disorder who prefer to join from home. We support each other in recovery, without talking about numbers.',
     ['online', 'jongeren']),
    # --- Antwerpen
    ('ant-jonge-rouw', ['rouw'], 'self', 'Jonge rouwers Antwerpen',
     'Voor jongeren en jongvolwassenen die een ouder, broer, zus of vriend verloren. Rouwen op jouw manier, tussen leeftijdsgenoten.',
     'For young people and young adults who lost a parent, sibling or friend. Grieving your own way, among people your age.',
     ['jongeren']),
    ('ant-drugs', ['verslaving-drugs'], 'self', 'Samen clean Antwerpen',
     'Voor wie wil stoppen met drugs of clean wil blijven. We zijn er voor elkaar, ook als het even misloopt.',
     'For those who want to quit drugs or stay clean. We are there for each other, also when things go wrong.',
     ['clean']),
    ('ant-drugs-naasten', ['verslaving-drugs'], 'relatives', 'Naasten van drugsgebruikers Antwerpen',
     'Voor ouders, partners en broers of zussen van iemand die drugs gebruikt. Je staat er niet alleen voor.',
     'For parents, partners and siblings of someone who uses drugs. You are not alone in this.',
     []),
    ('ant-depressie', ['depressie'], 'self', 'Lotgenoten depressie Antwerpen',
     'Voor mensen met een depressie of sombere periodes. Je kunt ter plaatse of online aansluiten.',
     'For people with depression or low periods. You can join on site or online.',
     []),
    ('ant-ontmoeting', ['eenzaamheid'], 'self', 'Regenboogkring Antwerpen',
     'Voor lesbische, homo, bi, trans en queer mensen die zich eenzaam voelen in de grote stad. We praten, wandelen soms samen en leren elkaar rustig kennen.',
     'For lesbian, gay, bi, trans and queer people who feel lonely in the big city. We talk, sometimes go for a walk together and get to know each other gently.',
     ['lhbti', 'wandelen']),
    ('ant-schulden', ['schulden'], 'both', 'Schulden en stress',
     'Voor mensen met schulden en hun gezin. We praten over de stress die geldzorgen geven en wisselen ervaringen uit.',
     'For people in debt and their families. We talk about the stress money worries bring and exchange experiences.',
     ['gezin']),
    ('ant-bipolair-naasten', ['bipolair'], 'relatives', 'Naasten van mensen met een bipolaire stoornis',
     'Voor familie en partners van iemand met een bipolaire stoornis. Herkenning en steun van mensen die hetzelfde meemaken.',
     'For family and partners of someone with bipolar disorder. Recognition and support from people going through the same.',
     ['familie']),
    # --- Leuven
    ('lvn-burn-out', ['burn-out'], 'self', 'Burn-outgroep Leuven',
     'Voor wie thuiszit met een burn-out of stilaan herstelt. We praten in het Nederlands, maar Engels mag ook.',
     'For those at home with burnout or slowly recovering. We speak Dutch, but English is fine too.',
     ['werk']),
    ('lvn-autisme-partners', ['autisme'], 'relatives', 'Partners van mensen met autisme',
     'Voor partners van iemand met autisme. We delen wat werkt in een relatie waarin je de wereld anders ziet.',
     'For partners of someone with autism. We share what works in a relationship where you see the world differently.',
     ['relatie', 'partner']),
    ('lvn-jong-kanker', ['kanker'], 'self', 'Jong en kanker',
     'Voor jongvolwassenen tussen 18 en 40 met kanker. Over studie, werk, relaties en toekomst, met mensen die het snappen.',
     'For young adults between 18 and 40 with cancer. About studies, work, relationships and the future, with people who get it.',
     ['jongvolwassenen']),
    ('lvn-verlies-kind', ['verlies-kind'], 'self', 'Ouders na het verlies van een kind Leuven',
     'Voor ouders van wie een kind overleed, ook tijdens de zwangerschap of kort na de geboorte. Hier mag je kind er zijn.',
     'For parents whose child died, also during pregnancy or shortly after birth. Here your child is remembered.',
     ['zwangerschap']),
    # --- Gent
    ('gnt-alcohol', ['verslaving-alcohol'], 'self', 'Alcohol-zelfhulpgroep Gent',
     'Voor wie zijn drinken onder controle wil krijgen. We luisteren naar elkaar en delen wat ons helpt om nuchter te blijven.',
     'For those who want to get their drinking under control. We listen to each other and share what helps us stay sober.',
     ['nuchter']),
    ('gnt-angst', ['angst'], 'self', 'Paniek en angst Gent',
     'Voor mensen met paniekaanvallen, fobieën of veel piekeren. Samen durven we stap voor stap meer.',
     'For people with panic attacks, phobias or a lot of worrying. Together we dare a little more, step by step.',
     []),
    ('gnt-gescheiden-ouders', ['echtscheiding'], 'self', 'Gescheiden vaders Gent',
     'Voor vaders die na een scheiding hun weg zoeken in co-ouderschap en een nieuw gezinsleven.',
     'For fathers finding their way in co-parenting and a new family life after a separation.',
     ['vaders', 'kinderen']),
    ('gnt-misbruik', ['seksueel-misbruik'], 'self', 'Verder na misbruik',
     'Voor volwassenen die als kind of later seksueel misbruik meemaakten. Een veilige groep waarin je in je eigen tempo vertelt.',
     'For adults who experienced sexual abuse as a child or later. A safe group where you share at your own pace.',
     []),
    ('gnt-eetstoornis-naasten', ['eetstoornis'], 'relatives', 'Naasten van mensen met een eetstoornis Gent',
     'Voor ouders, partners en vrienden van iemand met een eetstoornis. Even ruimte voor je eigen zorgen en vragen.',
     'For parents, partners and friends of someone with an eating disorder. Some room for your own worries and questions.',
     []),
    # --- Hasselt
    ('hst-ms', ['ms'], 'self', 'MS-lotgenoten Limburg',
     'Voor mensen met MS uit Limburg. Je kunt in Hasselt aanschuiven of vanuit huis online meedoen.',
     'For people with MS in Limburg. You can join us in Hasselt or take part online from home.',
     []),
    ('hst-diabetes', ['diabetes'], 'both', 'Diabetesgroep Hasselt',
     'Voor mensen met diabetes en hun partners. We delen ervaringen over eten, sensoren en leven met een chronische ziekte.',
     'For people with diabetes and their partners. We share experiences about food, sensors and living with a chronic illness.',
     ['sensor']),
    ('hst-mantelzorg', ['mantelzorg'], 'relatives', 'Mantelzorgers Hasselt',
     'Voor wie zorgt voor een ziek of hulpbehoevend familielid. Een avond voor jezelf, met mensen die het begrijpen.',
     'For those caring for a sick or dependent family member. An evening for yourself, with people who understand.',
     []),
    # --- Mechelen
    ('mch-gokken', ['gokken'], 'self', 'Samen stoppen met gokken Mechelen',
     'Voor wie wil stoppen met gokken, in het casino of online. We delen hoe je weer grip krijgt op je geld en je tijd.',
     'For those who want to stop gambling, in a casino or online. We share how to regain control of your money and time.',
     ['casino']),
    ('mch-zelfdoding', ['nabestaanden-suicide'], 'self', 'Nabestaanden na zelfdoding Mechelen',
     'Voor wie een dierbare verloor door zelfdoding. Praten met lotgenoten kan helpen om het onbegrijpelijke te dragen.',
     'For those who lost a loved one to suicide. Talking with peers can help to carry what cannot be understood.',
     []),
    ('mch-dwang-naasten', ['dwang'], 'relatives', 'Naasten van mensen met dwang',
     'Voor familie van iemand met een dwangstoornis. Hoe ga je om met rituelen en vragen om geruststelling?',
     'For family of someone with OCD. How do you deal with rituals and requests for reassurance?',
     ['familie']),
    # --- Other Flemish towns
    ('brg-reuma', ['reuma'], 'self', 'Reumagroep Brugge',
     'Voor mensen met reuma in de regio Brugge. We wisselen tips uit en steunen elkaar bij goede en slechte dagen.',
     'For people with rheumatism in the Bruges area. We exchange tips and support each other on good and bad days.',
     []),
    ('gnk-nah', ['nah'], 'both', 'NAH-ontmoetingsgroep Genk',
     'Voor mensen met hersenletsel en hun naasten. We spreken af in kleine groepjes, in een rustig tempo.',
     'For people with brain injury and those close to them. We meet in small groups, at a calm pace.',
     []),
    ('tnh-hart', ['hartpatienten'], 'self', 'Hartpatiënten Kempen (Turnhout)',
     'Voor mensen die een hartinfarct, hartoperatie of hartritmestoornis hebben meegemaakt. Samen vinden we weer vertrouwen in ons lijf.',
     'For people who have been through a heart attack, heart surgery or arrhythmia. Together we regain trust in our bodies.',
     ['hartoperatie']),
    ('krt-pijn', ['chronische-pijn'], 'self', 'Pijn en vermoeidheid Kortrijk',
     'Voor mensen met chronische pijn of vermoeidheid. We praten over hoe je je energie verdeelt en wat je wél kunt.',
     'For people with chronic pain or fatigue. We talk about how to spread your energy and what you can do.',
     []),
    ('aal-alcohol-naasten', ['verslaving-alcohol'], 'relatives', 'Naasten van drinkers Aalst',
     'Voor familie en vrienden van iemand met een drankprobleem. Je leert loslaten waar je geen invloed op hebt.',
     'For family and friends of someone with a drinking problem. You learn to let go of what you cannot control.',
     []),
    ('lir-adhd-ouders', ['adhd'], 'relatives', 'ADHD-ouders Lier',
     'Voor ouders van kinderen en jongeren met ADHD. Herkenning, praktische tips en een luisterend oor.',
     'For parents of children and teenagers with ADHD. Recognition, practical tips and a listening ear.',
     ['ouders']),
    ('gel-psychisch', ['depressie', 'angst'], 'self', 'Herstelgroep psychische kwetsbaarheid Geel',
     'Voor mensen die leven met depressie, angst of andere psychische kwetsbaarheid. We werken samen aan herstel, in ons eigen tempo.',
     'For people living with depression, anxiety or other mental vulnerability. We work on recovery together, at our own pace.',
     ['herstel']),
    # --- BE online
    ('be-online-babbelkring', ['eenzaamheid'], 'self', 'Online babbelkring',
     'Een wekelijkse online babbel voor wie zich eenzaam voelt. Gewoon vanuit je zetel, met een vaste groep.',
     'A weekly online chat for those who feel lonely. Simply from your armchair, with a regular group.',
     ['online', 'babbelen']),
    ('be-online-mantelzorg', ['mantelzorg'], 'relatives', 'Online mantelzorgkring',
     'Voor mantelzorgers die moeilijk weg kunnen van huis. We ontmoeten elkaar online en delen wat ons bezighoudt.',
     'For carers who find it hard to leave home. We meet online and share what is on our minds.',
     ['online']),
]

RULES = [
    'FREQ=WEEKLY;BYDAY=TU',
    'FREQ=MONTHLY;BYDAY=2TU',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
    'FREQ=MONTHLY;BYDAY=-1TH',
    'FREQ=MONTHLY;BYDAY=1MO',
    'FREQ=WEEKLY;INTERVAL=3;BYDAY=TH',
    'FREQ=MONTHLY;BYDAY=3TH',
    'FREQ=WEEKLY;BYDAY=MO,TH',
    'FREQ=MONTHLY;BYDAY=4WE',
    'FREQ=MONTHLY;BYDAY=1MO;BYMONTH=1,2,3,4,5,6,9,10,11,12',
]
ALL_RULES = RULES + ['FREQ=WEEKLY;BYDAY=TH']
TIMES = ['19:30', '20:00', '14:00', '19:30', '10:00', '20:00', '13:30']
DURATIONS = [120, 90, 120, 150, 105, 120, 135]
ANCHORS = ['2025-09-01', '2025-10-06', '2026-01-05', '2025-11-10', '2026-02-02', '2025-09-15', '2026-03-02', '2025-12-01']
ROOMS = ['zaal 2, eerste verdieping', 'Studiezaal 2', 'vergaderruimte De Linde', 'het kleine zaaltje achteraan', 'lokaal 1.04']

ONLINE_FIRST = {'nl-online-gokken-naasten', 'nl-online-eetstoornis', 'be-online-babbelkring', 'be-online-mantelzorg'}
HYBRID_FIRST = {'ehv-adhd', 'ant-depressie', 'lvn-burn-out', 'hst-ms', 'gdp-scheiding'}
# second meeting: group id -> attendance of the second meeting
SECOND = {'ehv-alcohol': 'in_person', 'ehv-rouw-partner': 'online', 'ant-drugs': 'in_person', 'gnt-alcohol': 'in_person',
          'hmd-schulden': 'in_person', 'vhv-burn-out': 'online', 'lvn-jong-kanker': 'in_person', 'mch-gokken': 'online',
          'nnn-rouwcafe': 'in_person', 'hst-diabetes': 'hybrid'}
NOTE_ONLY = {'osc-nah', 'tnh-hart', 'krt-pijn'}
PAUSED = {'sbr-kanker', 'lir-adhd-ouders'}
LANGUAGES = {'lvn-burn-out': ['nl', 'en'], 'ant-ontmoeting': ['nl', 'en']}
SCHEDULE_NOTE = {'nl': 'ongeveer één keer per maand, op afspraak', 'en': 'about once a month, by appointment'}
SUMMER_BREAK = [{'from': '2026-07-01', 'until': '2026-08-31'}]
REQUIRED_TOWNS = ['Eindhoven', 'Helmond', 'Veldhoven', 'Geldrop', 'Best', 'Nuenen', 'Antwerpen', 'Leuven', 'Gent',
                  'Hasselt', 'Mechelen']

# What a first-timer asks before going (docs/directory-format.md). Most self-help groups are free, open, led by
# peers, and welcome someone who just walks in; these are the ones that are not.
CLOSED = {'vlk-misbruik', 'gnt-misbruik', 'wlr-zelfdoding', 'mch-zelfdoding', 'ehv-verlies-kind', 'lvn-verlies-kind',
          'nl-online-eetstoornis', 'nnn-dwang', 'ehv-autisme', 'be-online-babbelkring', 'lvn-jong-kanker'}
CALL_FIRST = CLOSED | {'ehv-drugs', 'hmd-drugs-ouders', 'osc-nah', 'tnh-hart', 'krt-pijn', 'sbr-eetstoornis-ouders',
                       'bst-jonge-mantelzorgers', 'gnk-nah'}
WITH_PROFESSIONAL = {'vlk-misbruik', 'gnt-misbruik', 'nl-online-eetstoornis', 'sbr-eetstoornis-ouders', 'osc-nah',
                     'lvn-jong-kanker'}
MEMBERSHIP = {'gdp-reuma', 'brg-reuma', 'hmd-diabetes', 'hst-diabetes', 'nnn-ms', 'hst-ms', 'mrl-hart', 'tnh-hart'}
DONATION = {'ehv-eenzaamheid', 'hmd-mantelzorg', 'nnn-rouwcafe', 'ant-ontmoeting', 'ehv-alcohol', 'gnt-alcohol',
            'vlk-alcohol', 'ehv-gokken', 'mch-gokken'}
FEE = {'ehv-autisme', 'lvn-burn-out', 'gel-psychisch'}
TARGET_GROUPS = {'vlk-misbruik': ['women'], 'gnt-gescheiden-ouders': ['men'], 'ant-ontmoeting': ['lgbtq'],
                 'bst-jonge-mantelzorgers': ['young_people'], 'ant-jonge-rouw': ['young_people'],
                 'nl-online-eetstoornis': ['young_people'], 'lvn-jong-kanker': ['young_people']}
COST_NOTE = {
    'membership': ('Leden van de patiëntenvereniging betalen een jaarbijdrage; je eerste twee keer zijn gratis.',
                   'Members of the patient association pay a yearly fee; your first two visits are free.'),
    'donation': ('Er staat een pot voor een vrijwillige bijdrage voor koffie en thee.',
                 'There is a jar for a voluntary contribution towards coffee and tea.'),
    'fee': ('€ 3 per bijeenkomst voor de zaalhuur; zeg het gerust als dat niet lukt.',
            '€3 per meeting towards the room; just say so if that is a problem.'),
}
HOW_TO_JOIN = {
    'closed': ('Dit is een vaste groep. Bel of mail eerst de contactpersoon; na een kort kennismakingsgesprek kun je twee keer op proef meedoen.',
               'This is a fixed group. Call or e-mail the contact first; after a short introductory talk you can try two meetings.'),
    'open_call': ('Je bent elke bijeenkomst welkom, maar laat het de contactpersoon even weten voor je de eerste keer komt.',
                  'You are welcome at any meeting, but let the contact know before you come the first time.'),
    'open': ('Je bent elke bijeenkomst welkom, zonder aanmelding. Kom gerust tien minuten eerder, dan vangt iemand je op.',
             'You are welcome at any meeting, no need to sign up. Come ten minutes early and someone will welcome you.'),
}
# Groups that say "elke week" in their summary meet weekly.
WEEKLY = {'be-online-babbelkring': 'FREQ=WEEKLY;BYDAY=TH', 'ehv-drugs': 'FREQ=WEEKLY;BYDAY=TU'}
# Online meetings that can also be joined by phone.
DIAL_IN = {'nl-online-gokken-naasten': '+31 20 000 01 10', 'be-online-mantelzorg': '+32 2 000 01 20',
           'ant-depressie': '+32 3 000 01 30', 'hst-ms': '+32 11 000 01 40', 'ehv-rouw-partner': '+31 40 000 01 50'}
NETWORK = {'name': 'Kring demo', 'website': 'https://example.org', 'phone': '+31 40 000 00 00',
           'email': 'netwerk@example.org'}

# What groups read aloud (meeting_texts), in Dutch: the groups' own words, not translated. The network's texts
# stand in for any part a group does not give; a few groups have their own.
NETWORK_TEXTS = {
    'opening': 'Welkom allemaal, en een extra welkom aan wie hier voor het eerst is. Fijn dat je er bent. '
               'We zitten hier als lotgenoten: niemand is hier de deskundige over jouw leven, behalve jijzelf. '
               'We beginnen met een rondje. Je zegt je voornaam en, als je wilt, hoe het nu met je gaat. '
               'Je mag ook alleen luisteren.',
    'agreements': [
        'Wat hier gezegd wordt, blijft hier. Wie je hier ziet, blijft ook hier.',
        'We luisteren naar elkaar en geven geen advies, tenzij iemand erom vraagt.',
        'Niemand hoeft iets te zeggen. Alleen luisteren is ook meedoen.',
        'We spreken vanuit onze eigen ervaring: we zeggen "ik", niet "je" of "men".',
        'We laten elkaar uitpraten.',
        'Telefoons staan op stil.',
    ],
    'closing': 'Dank je wel dat je er was, en voor wat je hebt gedeeld en gehoord. Neem mee wat je helpt, en '
               'laat hier wat van een ander is. Heb je na vanavond iets nodig, dan mag je een van ons aanspreken. '
               'Tot de volgende keer.',
}
GROUP_TEXTS = {
    'ehv-rouw-partner': {
        'opening': 'Welkom. Fijn dat je er bent, zeker als het de eerste keer is: dat vraagt moed. '
                   'We steken de kaars aan voor wie we missen. In het eerste rondje noemen we onze voornaam en, '
                   'als je wilt, de naam van je partner.',
        'closing': 'We blazen de kaars samen uit. Neem rustig de tijd om op te staan; er is nog koffie en thee '
                   'voor wie wil blijven napraten. Zorg goed voor jezelf tot de volgende keer.',
    },
    'ehv-alcohol': {
        'opening': 'Welkom bij onze groep. Hier zitten mensen die weten hoe het is als drank je leven beheerst. '
                   'Of je nu gestopt bent, minder wilt drinken of nog twijfelt: je bent welkom zoals je bent.',
        'agreements': [
            'Wat hier gezegd wordt, blijft hier.',
            'We komen nuchter naar de bijeenkomst.',
            'We luisteren zonder te oordelen en zonder advies te geven.',
            'Iedereen krijgt de tijd in het rondje; niemand hoeft te praten.',
            'We spreken in de ik-vorm, over onze eigen ervaring.',
            'We laten elkaar uitpraten en telefoons staan op stil.',
        ],
    },
    'gnt-alcohol': {
        'opening': 'Welkom op onze bijeenkomst. Wie hier voor het eerst is: je hoeft niets te vertellen. '
                   'We beginnen met een korte stilte, daarna een rondje waarin wie wil iets deelt.',
        'closing': 'Merci om er te zijn. Wat je vanavond hoorde, laat je hier. Wie een telefoonnummer wil van '
                   'iemand uit de groep, vraagt het na afloop.',
    },
    'ehv-depressie': {
        'agreements': [
            'Wat hier gezegd wordt, blijft hier.',
            'We luisteren en geven geen goedbedoelde tips.',
            'Je mag zeggen dat je vandaag liever luistert.',
            'We spreken over onszelf: "ik", niet "je".',
            'We laten elkaar uitpraten, ook als het even stil is.',
            'Telefoons staan op stil.',
            'Ben je er een keer niet, laat het de contactpersoon dan weten als je dat wilt. Het hoeft niet.',
        ],
    },
}

DAYS = {'MO': 0, 'TU': 1, 'WE': 2, 'TH': 3, 'FR': 4, 'SA': 5, 'SU': 6}
ZONE = {'NL': 'Europe/Amsterdam', 'BE': 'Europe/Brussels'}

problems = []


def problem(msg):
    problems.append(msg)


# ---------------------------------------------------------------------------------------------------------------
# Recurrence: the subset of RFC 5545 used here.
def parse_rule(rule):
    parts = dict(p.split('=', 1) for p in rule.split(';'))
    freq = parts['FREQ']
    interval = int(parts.get('INTERVAL', '1'))
    bydays = []
    for d in parts['BYDAY'].split(','):
        m = re.fullmatch(r'(-?\d)?(MO|TU|WE|TH|FR|SA|SU)', d)
        bydays.append((int(m.group(1)) if m.group(1) else None, DAYS[m.group(2)]))
    bymonth = [int(x) for x in parts['BYMONTH'].split(',')] if 'BYMONTH' in parts else None
    unknown = set(parts) - {'FREQ', 'INTERVAL', 'BYDAY', 'BYMONTH'}
    assert not unknown and freq in ('WEEKLY', 'MONTHLY'), rule
    return freq, interval, bydays, bymonth


def day_matches(rule, d):
    freq, _interval, bydays, bymonth = parse_rule(rule)
    if bymonth and d.month not in bymonth:
        return False
    for n, wd in bydays:
        if d.weekday() != wd:
            continue
        if freq == 'WEEKLY' or n is None:
            return True
        if n > 0 and (d.day - 1) // 7 + 1 == n:
            return True
        if n < 0 and (calendar.monthrange(d.year, d.month)[1] - d.day) // 7 + 1 == -n:
            return True
    return False


def first_on_or_after(rule, anchor):
    d = anchor
    while not day_matches(rule, d):
        d += dt.timedelta(days=1)
    return d


def occurrences(rule, start, until):
    """Dates of the series from start (a date, itself the first occurrence) up to until inclusive."""
    freq, interval, _bydays, _bymonth = parse_rule(rule)
    week0 = start - dt.timedelta(days=start.weekday())
    months0 = start.year * 12 + start.month
    d = start
    out = []
    while d <= until:
        if day_matches(rule, d):
            if freq == 'WEEKLY':
                ok = ((d - dt.timedelta(days=d.weekday()) - week0).days // 7) % interval == 0
            else:
                ok = (d.year * 12 + d.month - months0) % interval == 0
            if ok:
                out.append(d)
        d += dt.timedelta(days=1)
    return out


# ---------------------------------------------------------------------------------------------------------------
def load_centroids():
    best = {}
    with open(PLACES, newline='', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            key = (row['name'], row['country'])
            pop = int(row['population'] or 0)
            if key not in best or pop > best[key][0]:
                best[key] = (pop, float(row['lat']), float(row['lon']))
    return {k: (v[1], v[2]) for k, v in best.items()}


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def default_directions(name):
    """How to find the room, for a venue the list above says nothing special about."""
    if 'ibliotheek' in name:
        return ('Vraag bij de balie naar de zaal; er staat een bordje met de naam van de groep.',
                'Ask at the desk for the room; a sign shows the name of the group.')
    if name.startswith(('Cultureel centrum', 'Cultuurcentrum', 'Cultuurhuis', 'C-mine', 'De ', 'Het ', 'Pand',
                        'Zuiderpershuis', 'Romaanse')):
        return ('Meld je bij het onthaal; iemand van de groep wacht je daar tien minuten voor de start op.',
                'Report to the reception; someone from the group waits for you there ten minutes before the start.')
    return ('Loop binnen door de hoofdingang; het zaaltje is naast de koffiehoek.',
            'Come in through the main entrance; the room is next to the coffee corner.')


def meeting_texts(texts):
    out = {}
    for part in ('opening', 'agreements', 'closing'):
        if part in texts:
            out[part] = ([{'nl': a} for a in texts[part]] if part == 'agreements' else {'nl': texts[part]})
    return out


def build():
    themes = [{'id': i, 'name': {'nl': nl, 'en': en}, 'category': cat, 'keywords': kw}
              for i, nl, en, cat, kw in THEMES]

    venues = []
    for vid, name, street, pc, town, country, lat, lon, wheel, directions in VENUES:
        v = {'id': vid, 'name': name, 'street': street, 'postcode': pc, 'town': town, 'country': country,
             'lat': round(lat, 4), 'lon': round(lon, 4)}
        if wheel is not None:
            v['wheelchair'] = wheel
        if not directions:
            directions = default_directions(name)
        v['directions'] = {'nl': directions[0], 'en': directions[1]}
        venues.append(v)
    venue_by_id = {v['id']: v for v in venues}
    code_venues = {}
    for v in venues:
        code_venues.setdefault(v['id'].split('-')[0], []).append(v['id'])
    next_venue = {code: 0 for code in code_venues}

    def take_venue(code):
        ids = code_venues[code]
        vid = ids[next_venue[code] % len(ids)]
        next_venue[code] += 1
        return vid

    groups = []
    k = 0  # meeting counter, drives the variety
    for gi, (gid, gthemes, audience, name, snl, sen, kws) in enumerate(GROUPS):
        code = gid.split('-')[0]
        country = REGION_OF_CODE.get(code) or venue_by_id[code_venues[code][0]]['country']
        g = {'id': gid, 'name': name, 'summary': {'nl': snl, 'en': sen}, 'themes': gthemes, 'audience': audience}
        if kws:
            g['keywords'] = kws
        if gid in LANGUAGES:
            g['languages'] = LANGUAGES[gid]
        contact = {'email': gid + '@example.org'}
        if gi % 2 == 0:
            nn = 10 + gi
            contact['phone'] = ('+31 40 000 00 %02d' if country == 'NL' else '+32 3 000 00 %02d') % (nn % 100)
        if gi % 3 == 1:
            contact['website'] = 'https://example.org/groepen/' + gid
        g['contact'] = contact
        cost = ('membership' if gid in MEMBERSHIP else 'donation' if gid in DONATION else 'fee' if gid in FEE
                else 'free')
        g['cost'] = cost
        if cost in COST_NOTE:
            g['cost_note'] = {'nl': COST_NOTE[cost][0], 'en': COST_NOTE[cost][1]}
        g['first_visit'] = 'call_first' if gid in CALL_FIRST else 'walk_in'
        g['group_type'] = 'closed' if gid in CLOSED else 'open'
        join = 'closed' if gid in CLOSED else 'open_call' if gid in CALL_FIRST else 'open'
        g['how_to_join'] = {'nl': HOW_TO_JOIN[join][0], 'en': HOW_TO_JOIN[join][1]}
        g['led_by'] = 'peers_with_professional' if gid in WITH_PROFESSIONAL else 'peers'
        if gid in TARGET_GROUPS:
            g['target_groups'] = TARGET_GROUPS[gid]
        if gid in GROUP_TEXTS:
            g['meeting_texts'] = meeting_texts(GROUP_TEXTS[gid])

        attendances = ['online' if gid in ONLINE_FIRST else 'hybrid' if gid in HYBRID_FIRST else 'in_person']
        if gid in SECOND:
            attendances.append(SECOND[gid])
        meetings = []
        for mi, att in enumerate(attendances):
            m = {'id': '%s-%d' % (gid, mi + 1)}
            if att != 'in_person':
                m['attendance'] = att
            if att in ('in_person', 'hybrid'):
                m['venue'] = take_venue(code)
                m['room'] = ROOMS[k % len(ROOMS)]
            if att in ('online', 'hybrid'):
                m['online'] = {'url': 'https://meet.example.org/' + gid}
                if gid in DIAL_IN:
                    m['online']['phone'] = DIAL_IN[gid]
            m['timezone'] = ZONE[country]
            if gid in NOTE_ONLY and mi == 0:
                m['schedule_note'] = dict(SCHEDULE_NOTE)
            else:
                rule = WEEKLY.get(gid) if mi == 0 and gid in WEEKLY else RULES[k % len(RULES)]
                time = TIMES[k % len(TIMES)]
                anchor = dt.date.fromisoformat(ANCHORS[k % len(ANCHORS)])
                first = first_on_or_after(rule, anchor)
                m['start'] = '%sT%s' % (first.isoformat(), time)
                m['duration_minutes'] = DURATIONS[k % len(DURATIONS)]
                m['rrule'] = rule
                if k % 9 == 2:
                    xmas = [d for d in occurrences(rule, first, dt.date(2026, 12, 31))
                            if (d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 3)]
                    if xmas:
                        m['exdates'] = ['%sT%s' % (xmas[0].isoformat(), time)]
                if k % 4 == 1 and 'BYMONTH' not in rule and first < dt.date(2026, 7, 1):
                    m['breaks'] = [dict(b) for b in SUMMER_BREAK]
                if gid in PAUSED:
                    m['status'] = 'paused'
                k += 1
            meetings.append(m)
        g['meetings'] = meetings
        groups.append(g)

    network = dict(NETWORK)
    network['meeting_texts'] = meeting_texts(NETWORK_TEXTS)
    return {'format': 'kring-directory/1',
            'network': network,
            'updated': '2026-11-01',
            'themes': themes, 'venues': venues, 'groups': groups}


# ---------------------------------------------------------------------------------------------------------------
TOP_KEYS = ({'format', 'groups'}, {'network', 'updated', 'themes', 'venues'})
THEME_KEYS = ({'id', 'name'}, {'category', 'keywords'})
VENUE_KEYS = ({'id', 'name', 'town', 'country', 'lat', 'lon'}, {'street', 'postcode', 'wheelchair', 'directions'})
GROUP_KEYS = ({'id', 'name', 'meetings', 'cost', 'first_visit', 'group_type', 'how_to_join', 'led_by'},
              {'summary', 'themes', 'audience', 'keywords', 'languages', 'contact', 'cost_note', 'target_groups',
               'meeting_texts'})
MEETING_KEYS = ({'id', 'timezone'}, {'name', 'attendance', 'venue', 'room', 'online', 'start', 'duration_minutes',
                                     'rrule', 'exdates', 'rdates', 'breaks', 'schedule_note', 'status', 'languages'})
CATEGORIES = {'geestelijke-gezondheid', 'lichamelijke-gezondheid', 'verslaving', 'relaties', 'rouw-en-verlies',
              'mantelzorg', 'werk-en-financien', 'seksualiteit', 'fobie-en-dwang', 'overige'}
ID_RE = re.compile(r'^[a-z0-9][a-z0-9-]{0,63}$')
DATETIME_RE = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$')
PHONE_RE = re.compile(r'^\+3[12] [0-9]{1,2} 000 [0-9 ]+$')


def check_keys(obj, spec, where):
    if not isinstance(obj, dict):
        problem('%s: not an object' % where)
        return
    required, optional = spec
    for key in required - set(obj):
        problem('%s: missing %s' % (where, key))
    for key in set(obj) - required - optional:
        problem('%s: unknown key %s' % (where, key))


def check_text(obj, where):
    if not isinstance(obj, dict) or set(obj) - {'nl', 'en', 'fr'} or not obj.get('nl') or not obj.get('en'):
        problem('%s: expected a localised text with nl and en' % where)


def validate(d):
    check_keys(d, TOP_KEYS, '$')
    if d['format'] != 'kring-directory/1':
        problem('$.format')
    centroids = load_centroids()
    theme_ids, venue_ids, group_ids, meeting_ids = set(), {}, set(), set()

    for i, t in enumerate(d['themes']):
        w = '$.themes[%d]' % i
        check_keys(t, THEME_KEYS, w)
        if not ID_RE.match(t['id']) or t['id'] in theme_ids:
            problem('%s: bad or duplicate id %s' % (w, t['id']))
        theme_ids.add(t['id'])
        check_text(t['name'], w + '.name')
        if t['category'] not in CATEGORIES:
            problem('%s: category %s' % (w, t['category']))
        if not 3 <= len(t['keywords']) <= 6 or any(kw != kw.lower() or not kw for kw in t['keywords']):
            problem('%s: keywords' % w)

    wheel = {True: 0, False: 0, None: 0}
    for i, v in enumerate(d['venues']):
        w = '$.venues[%d] (%s)' % (i, v.get('id'))
        check_keys(v, VENUE_KEYS, w)
        if not ID_RE.match(v['id']) or v['id'] in venue_ids:
            problem('%s: bad or duplicate id' % w)
        venue_ids[v['id']] = v
        if v['country'] not in ('NL', 'BE'):
            problem('%s: country' % w)
        pc_re = r'^[1-9]\d{3} [A-Z]{2}$' if v['country'] == 'NL' else r'^[1-9]\d{3}$'
        if not re.match(pc_re, v['postcode']):
            problem('%s: postcode %s' % (w, v['postcode']))
        for c in ('lat', 'lon'):
            if not isinstance(v[c], float) or round(v[c], 4) != v[c]:
                problem('%s: %s should have at most 4 decimals' % (w, c))
        centroid = centroids.get((v['town'], v['country']))
        if centroid is None:
            problem('%s: town %s (%s) not in %s' % (w, v['town'], v['country'], PLACES))
        else:
            dist = km(v['lat'], v['lon'], *centroid)
            if dist > MAX_KM:
                problem('%s: %.1f km from the centre of %s' % (w, dist, v['town']))
        if 'wheelchair' in v and not isinstance(v['wheelchair'], bool):
            problem('%s: wheelchair' % w)
        wheel[v.get('wheelchair')] += 1
        if 'directions' in v:
            check_text(v['directions'], w + '.directions')
    if wheel[True] < 10 or wheel[False] < 1 or wheel[None] < 1:
        problem('$.venues: wheelchair mix %s' % wheel)

    used_themes, used_venues, towns_first = set(), set(), set()
    kinds = {}
    n_online = n_hybrid = n_note = n_paused = n_exdates = n_breaks = 0
    for i, g in enumerate(d['groups']):
        w = '$.groups[%d] (%s)' % (i, g.get('id'))
        check_keys(g, GROUP_KEYS, w)
        if not ID_RE.match(g['id']) or g['id'] in group_ids:
            problem('%s: bad or duplicate id' % w)
        group_ids.add(g['id'])
        check_text(g['summary'], w + '.summary')
        if g.get('audience', 'self') not in ('self', 'relatives', 'both'):
            problem('%s: audience' % w)
        for t in g['themes']:
            if t not in theme_ids:
                problem('%s: unknown theme %s' % (w, t))
            used_themes.add(t)
        if len(g.get('keywords', [])) > 3:
            problem('%s: more than 3 keywords' % w)
        c = g['contact']
        if set(c) - {'email', 'phone', 'website'} or not c.get('email', '').endswith('@example.org'):
            problem('%s: contact' % w)
        if 'phone' in c and not PHONE_RE.match(c['phone']):
            problem('%s: phone %s' % (w, c['phone']))
        if 'website' in c and c['website'] != 'https://example.org/groepen/' + g['id']:
            problem('%s: website' % w)
        if not g['meetings']:
            problem('%s: no meetings' % w)
        for j, m in enumerate(g['meetings']):
            mw = '%s.meetings[%d]' % (w, j)
            check_keys(m, MEETING_KEYS, mw)
            if m['id'] != '%s-%d' % (g['id'], j + 1) or m['id'] in meeting_ids or not ID_RE.match(m['id']):
                problem('%s: meeting id %s' % (mw, m['id']))
            meeting_ids.add(m['id'])
            att = m.get('attendance', 'in_person')
            if att not in ('in_person', 'online', 'hybrid'):
                problem('%s: attendance' % mw)
            n_online += att == 'online'
            n_hybrid += att == 'hybrid'
            if att in ('in_person', 'hybrid'):
                if m.get('venue') not in venue_ids:
                    problem('%s: venue %s' % (mw, m.get('venue')))
                else:
                    used_venues.add(m['venue'])
                    tz = ZONE[venue_ids[m['venue']]['country']]
                    if m['timezone'] != tz:
                        problem('%s: timezone' % mw)
                    if j == 0:
                        towns_first.add(venue_ids[m['venue']]['town'])
            elif 'venue' in m:
                problem('%s: online meeting with a venue' % mw)
            if att in ('online', 'hybrid'):
                url = m.get('online', {}).get('url', '')
                if url != 'https://meet.example.org/' + g['id'] or set(m['online']) - {'url', 'phone'}:
                    problem('%s: online' % mw)
            elif 'online' in m:
                problem('%s: in-person meeting with online' % mw)
            if m['timezone'] not in ZONE.values():
                problem('%s: timezone' % mw)
            if m.get('status', 'active') not in ('active', 'paused'):
                problem('%s: status' % mw)
            n_paused += m.get('status') == 'paused'
            if 'schedule_note' in m:
                check_text(m['schedule_note'], mw + '.schedule_note')
                if 'start' in m or 'rrule' in m:
                    problem('%s: schedule_note meetings here have no start or rrule' % mw)
                n_note += 1
                continue
            if not DATETIME_RE.match(m.get('start', '')):
                problem('%s: start' % mw)
                continue
            start = dt.datetime.strptime(m['start'], '%Y-%m-%dT%H:%M')
            if start.year not in (2025, 2026) or m['start'][11:] not in ('10:00', '13:30', '14:00', '19:30', '20:00'):
                problem('%s: start %s' % (mw, m['start']))
            if not 90 <= m.get('duration_minutes', 0) <= 150:
                problem('%s: duration' % mw)
            rule = m['rrule']
            kinds[rule] = kinds.get(rule, 0) + 1
            if not day_matches(rule, start.date()):
                problem('%s: start %s does not match %s' % (mw, m['start'], rule))
            occ = set(occurrences(rule, start.date(), dt.date(2027, 12, 31)))
            for x in m.get('exdates', []):
                xd = dt.datetime.strptime(x, '%Y-%m-%dT%H:%M')
                if xd.date() not in occ or x[11:] != m['start'][11:] or xd <= start:
                    problem('%s: exdate %s is not an occurrence' % (mw, x))
            n_exdates += bool(m.get('exdates'))
            for b in m.get('breaks', []):
                if set(b) != {'from', 'until'} or b['from'] > b['until']:
                    problem('%s: break' % mw)
            n_breaks += bool(m.get('breaks'))

    for t in theme_ids - used_themes:
        problem('theme %s is not used' % t)
    for v in set(venue_ids) - used_venues:
        problem('venue %s is not used' % v)
    for t in REQUIRED_TOWNS:
        if t not in towns_first:
            problem('no group meets first in person in %s' % t)
    for r in RULES:
        if kinds.get(r, 0) < 3:
            problem('rule %s used %d times' % (r, kinds.get(r, 0)))
    if set(kinds) - set(ALL_RULES):
        problem('unexpected rules %s' % (set(kinds) - set(ALL_RULES)))
    if n_online < 4 or n_hybrid < 4:
        problem('online %d, hybrid %d' % (n_online, n_hybrid))
    if not 2 <= n_note <= 3 or not 1 <= n_paused <= 2 or n_exdates < 3 or n_breaks < 4:
        problem('note %d, paused %d, exdates %d, breaks %d' % (n_note, n_paused, n_exdates, n_breaks))
    if not 66 <= len(d['groups']) <= 72:
        problem('%d groups' % len(d['groups']))

    aud = {}
    for g in d['groups']:
        aud[g['audience']] = aud.get(g['audience'], 0) + 1
    countries = {}
    for g in d['groups']:
        code = g['id'].split('-')[0]
        c = REGION_OF_CODE.get(code) or venue_ids[[v for v in venue_ids if v.split('-')[0] == code][0]]['country']
        countries[c] = countries.get(c, 0) + 1
    meetings = [m for g in d['groups'] for m in g['meetings']]
    atts = {}
    for m in meetings:
        atts[m.get('attendance', 'in_person')] = atts.get(m.get('attendance', 'in_person'), 0) + 1
    print('themes %d, venues %d, groups %d, meetings %d' % (len(d['themes']), len(d['venues']), len(d['groups']),
                                                            len(meetings)))
    print('groups by country %s; audiences %s; attendance %s' % (countries, aud, atts))
    print('wheelchair %s; schedule-note-only %d, paused %d, with exdates %d, with breaks %d'
          % ({str(k): v for k, v in wheel.items()}, n_note, n_paused, n_exdates, n_breaks))
    print('rules %s' % kinds)


def main():
    d = build()
    validate(d)
    if problems:
        for p in problems:
            print('error: ' + p, file=sys.stderr)
        return 1
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote ' + OUT)
    return 0


if __name__ == '__main__':
    sys.exit(main())
