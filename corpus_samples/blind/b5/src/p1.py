C = {}
C["b5-001"] = dict(
 chart={"date_of_service":"2026-03-17","payer":{"profile":"medicare","name":"Medicare Part B (Novitas JL)"},
  "claim_lines":[{"hcpcs":"J0256","units":480,"modifiers":["JZ"]}],
  "documents":[
  {"id":"d1","type":"progress_note","date":"2026-03-17","text":"""Allscripts Professional EHR - Office Visit
Patient: HOLLOWAY, DENISE R     DOB: 04/11/1957     MRN: 00482219
Visit Date: 03/17/2026          Provider: Anand Ramaswamy, MD (Pulmonary)
Location: Lakeshore Pulmonary & Infusion, Suite 210

CHIEF COMPLAINT: Maintenance A1PI infusion; 3 month pulm f/u

HPI: 68 y/o F w/ alpha-1 antitrypsin deficiency (PI*ZZ, dx 2019) and panlobular
emphysema on weekly Prolastin-C Liquid since 08/2019. Dyspnea unchanged, mMRC 2, walks
1/2 mile at the mall w/o stopping. One exacerbation since last visit (prednisone burst
in Dec, no ED/hosp). Former smoker, 25 pk-yr, quit 2009.

VITALS: BP 128/76 | HR 81 | RR 18 | SpO2 94% RA | T 97.9 F | Wt 79.8 kg | Ht 162.6 cm | BMI 30.2

ROS: neg for fever, hemoptysis, LE edema. All other systems reviewed and negative.

ASSESSMENT / PLAN:
1. Alpha-1-antitrypsin deficiency (E88.01) - PiZZ, baseline AAT 31 mg/dL (2019).
   Tolerating augmentation well; FEV1 stable over the past 12 mo without accelerated
   decline. Continue Prolastin-C Liquid 60 mg/kg IV q week.
2. Panlobular emphysema (J43.1) - cont Trelegy Ellipta 1 inh daily, albuterol HFA prn.
3. HCM - influenza and COVID boosters UTD.

ORDERS: Prolastin-C Liquid 60 mg/kg x 79.8 kg = 4,788 mg -> round to 4,800 mg IV weekly
RTC 3 months with spirometry.

Electronically signed by: Anand Ramaswamy, MD  03/17/2026 11:02"""},
  {"id":"d2","type":"lab_report","date":"2019-07-09","text":"""QUEST DIAGNOSTICS INCORPORATED            CLIENT #: 97431100
PATIENT: HOLLOWAY,DENISE R   DOB: 04/11/1957  AGE: 62  SEX: F   ID: 00482219
COLLECTED: 07/02/2019 08:14  RECEIVED: 07/02/2019 17:40  REPORTED: 07/09/2019 12:55
ORDERING PHYSICIAN: RAMASWAMY, ANAND

Test Name                        In Range    Out Of Range   Reference Range   Lab
ALPHA-1-ANTITRYPSIN                          31 L           83-199 mg/dL      SLI
ALPHA-1-ANTITRYPSIN PHENOTYPE                                                 SLI
   PHENOTYPE                                 ZZ
   The ZZ phenotype is associated with severe alpha-1-antitrypsin
   deficiency. Common phenotypes: MM (normal), MS, MZ, SS, SZ, ZZ.
   Genetic counseling is recommended for family members.

This test was performed using isoelectric focusing.
PERFORMING SITE: SLI  QUEST DIAGNOSTICS SAN JUAN CAPISTRANO"""},
  {"id":"d3","type":"infusion_record","date":"2026-03-17","text":"""LAKESHORE INFUSION SUITE -- TREATMENT FLOWSHEET              DOS: 03/17/2026
Pt: HOLLOWAY, DENISE R    MRN 00482219    Chair 4    Primary RN: K. Obi, RN
Wt (standing scale, today): 79.8 kg (176 lb)      Allergies: sulfa (rash)

MEDICATION: Prolastin-C Liquid [alpha1-proteinase inhibitor (human)]  NDC 13533-0705-20
 Vial   Actual A1PI per carton   Lot#          Exp
  1     1,212 mg                 P3K81A27      30JUN2027
  2     1,196 mg                 P3K81A27      30JUN2027
  3     1,204 mg                 P3K81A27      30JUN2027
  4     1,188 mg                 P3K81A27      30JUN2027
 TOTAL DOSE ADMINISTERED: 4,800 mg (96 mL)   WASTE: 0 mg - all vial contents infused
 Pharmacy verified 08:40 (R. Duarte PharmD)

TIME   EVENT                                        BP      HR  SpO2  INIT
08:51  Arrived, ID x2, allergies verified            -       -    -    KO
09:04  PIV 22g L FA, +blood return                 131/78   84  95%   KO
09:10  Pre-infusion VS                             130/77   82  95%   KO
09:17  Prolastin-C Liquid INFUSION START via 0.2 micron filter, ~6.4 mL/min     KO
09:25  VS                                          126/74   80  95%   KO
09:33  INFUSION END; flushed NS 10 mL              127/75   79  96%   KO
10:03  Post obs complete, no rxn. PIV d/c, cath intact. D/c ambulatory w/ spouse  KO"""}]},
 gold={"requirements":{"aatd_diagnosis":"met","genotype":"met","serum_aat_level":"met","lung_disease_evidence":"met",
  "patient_weight":"met","dose_administered":"met","dose_matches_weight":"met","units_match_dose":"met",
  "wastage_documented":"met","lot_number":"met","expiration_date":"met","infusion_times":"met",
  "response_to_therapy":"met","prior_authorization":"not_applicable","code_selection":"met"},
  "findings":[{"kind":"aatd_diagnosis"},{"kind":"genotype","alleles":["Z","Z"]},{"kind":"serum_aat","value":31,"unit":"mg/dL"},
  {"kind":"lung_disease","value":"emphysema"},{"kind":"weight","value":79.8,"unit":"kg","value_kg":79.8},
  {"kind":"dose","value":4800},{"kind":"wastage","value":0},{"kind":"lot_number","value":"P3K81A27"},
  {"kind":"expiration_date","value":"2027-06-30"},{"kind":"infusion_start","value":"09:17"},{"kind":"infusion_end","value":"09:33"},
  {"kind":"response_to_therapy"},{"kind":"smoking_status","value":"former"},{"kind":"drug_product","value":"Prolastin-C Liquid"}],
  "notes":"Complete. 60 x 79.8 = 4788; 4800 within 10% (478.8). J0256 units ceil(4800/10)=480 = billed; JZ + 'WASTE: 0 mg' -> met. Traps: order line calculation 4,788 mg and 'round to 4,800' (order, not dose); per-vial actual potencies 1,212/1,196/... (vial sizes, not dose); arrival 08:51, PIV 09:04, VS, pharmacy verification 08:40 are not infusion times; 'Genetic counseling for family members' generic; lab phenotype list MM/MS/MZ... is reference text, not result."})

C["b5-002"] = dict(
 chart={"date_of_service":"2026-08-06","payer":{"profile":"medicaid","name":"Illinois Medicaid - Meridian"},
  "prior_authorization":"MCD-PA-2026-0419337",
  "claim_lines":[{"hcpcs":"J0256","units":366,"modifiers":[]},{"hcpcs":"J0256","units":34,"modifiers":["JW"]}],
  "documents":[
  {"id":"d1","type":"progress_note","date":"2026-08-06","text":"""athenahealth | Ortiz-Delgado, Rafael  (52yo M)  DOB 02/19/1974  Pt ID 3318420
Encounter Date: 08/06/2026   Dept: SOUTHSIDE PULM   Provider: Grace Whitfield, NP

REVIEW OF SYSTEMS
  Constitutional: no fatigue, no weight loss.  Respiratory: chronic DOE, no hemoptysis.

HISTORY OF PRESENT ILLNESS
  Here for weekly Glassia + interval check. States he has had fewer flare-ups since
  augmentation was started in 2024 -- 1 exacerbation in the last 12 months vs 4 the year
  before. Using albuterol ~2x/wk.

SOCIAL HISTORY
  Tobacco use: Former smoker -- quit 2016 (30 pk-yr)
  Alcohol: none    Occupation: forklift operator (on light duty)

VITALS
  BP 118/72   P 77   RR 16   SpO2 93%   Wt 134 lb 8 oz (61.0 kg)   Ht 5' 7"

ASSESSMENT & PLAN
  # Alpha-1 antitrypsin deficiency, Z/null (E88.01)
  # COPD with emphysema, GOLD 3 (J43.9) - last FEV1 34% predicted (04/2026)
    - Glassia 60 mg/kg IV weekly, continue. See infusion record.
    - Stiolto Respimat 2 puffs daily.
  # Prior auth on file, valid thru 12/31/2026.

Grace Whitfield, NP  08/06/2026 14:31"""},
  {"id":"d2","type":"lab_report","date":"2024-03-22","text":"""LABCORP
Patient: ORTIZ-DELGADO, RAFAEL        Specimen: 081-442-1177-0
DOB: 02/19/1974   Sex: M              Collected: 03/14/2024 0920
Physician: WHITFIELD, G               Reported: 03/22/2024 1645

Alpha-1-Antitrypsin Deficiency Profile (DNA Analysis + Serum)
  TESTS                         RESULT      FLAG     UNITS     REFERENCE INTERVAL
  Alpha-1-Antitrypsin, Serum    12          Low      mg/dL     90-200
  SERPINA1 targeted analysis:
    c.1096G>A (p.Glu366Lys), commonly referred to as the Z allele      Heterozygous
    c.552delC (p.Tyr184Terfs), Q0 Granite Falls (null allele)          Heterozygous
  Interpretation: Compound heterozygous for the Z allele and a null (Q0) allele,
  consistent with genotype PI*Z/Null. This result is consistent with a diagnosis of
  alpha-1 antitrypsin deficiency. Reference genotype: PI*MM."""},
  {"id":"d3","type":"infusion_record","date":"2026-08-06","text":"""SOUTHSIDE INFUSION CTR - NURSING ADMINISTRATION RECORD
Pt: ORTIZ-DELGADO, RAFAEL   08/06/2026   RN: T. Nakamura
Product: GLASSIA (alpha1-proteinase inhibitor [human]) 1 g/50 mL single-use vial x4
  Dose ordered: 60 mg/kg x 61.0 kg = 3,660 mg
  Dose given: 3,660 mg (183 mL) IV via 5-micron filter
  Discarded: 340 mg (17 mL) remaining in vial #4, wasted w/ witness J. Perez RN
  Lot: LE12P044AB      Exp: see carton
Check-in 13:12 | IV 20g R AC 13:28
Infusion start 13:40 @ 0.2 mL/kg/min
Infusion stop 14:02 -- tolerated, no SOB/flushing
VS q15min WNL (see vitals tab). Discharged 14:35."""}]},
 gold={"requirements":{"aatd_diagnosis":"met","genotype":"met","serum_aat_level":"met","lung_disease_evidence":"met",
  "patient_weight":"met","dose_administered":"met","dose_matches_weight":"met","units_match_dose":"met",
  "wastage_documented":"met","lot_number":"met","expiration_date":"missing","infusion_times":"met",
  "response_to_therapy":"met","prior_authorization":"met","code_selection":"conflict","smoking_status":"met"},
  "findings":[{"kind":"aatd_diagnosis"},{"kind":"genotype","alleles":["Z","NULL"]},{"kind":"serum_aat","value":12,"unit":"mg/dL"},
  {"kind":"lung_disease","value":"copd"},{"kind":"lung_disease","value":"emphysema"},{"kind":"fev1","value":34},
  {"kind":"weight","value":61.0,"unit":"kg","value_kg":61.0},{"kind":"dose","value":3660},{"kind":"wastage","value":340},
  {"kind":"lot_number","value":"LE12P044AB"},{"kind":"infusion_start","value":"13:40"},{"kind":"infusion_end","value":"14:02"},
  {"kind":"response_to_therapy"},{"kind":"smoking_status","value":"former"},{"kind":"drug_product","value":"Glassia"}],
  "notes":"Gaps: code_selection conflict (Glassia billed on J0256 instead of J0257); expiration 'see carton' documents nothing -> missing. 60 x 61.0 = 3660 = dose. J0256 units ceil(3660/10)=366 ok; JW floor(340/10)=34 ok -> wastage met. Weight '134 lb 8 oz (61.0 kg)' treated as one weight 61.0 kg. Genotype: two 'Heterozygous' lines for Z and Q0 -> Z/NULL, no M added; reference 'PI*MM' not a result. Traps: ordered calc 3,660 mg, 1 g/50 mL vial size, check-in 13:12/IV 13:28/discharge 14:35. PA on chart field."})

C["b5-003"] = dict(
 chart={"date_of_service":"2026-10-14","payer":{"profile":"commercial","name":"UnitedHealthcare Choice Plus"},
  "prior_authorization":"UHC-A1-88412076",
  "claim_lines":[{"hcpcs":"J0256","units":500,"modifiers":["JZ"]}],
  "documents":[
  {"id":"d1","type":"progress_note","date":"2026-10-14","text":"""NextGen Healthcare  >  Pulmonary Progress Note
Name: Benoit, Marc A.      Acct: 55-210947     DOB: 1966-09-02     Sex: M
Date: 2026-10-14           Rendering: Priya Venkatesan, MD     Facility: Riverbend Pulmonary Assoc.

Reason for visit:  Zemaira infusion / AATD follow-up
Subjective:
  Pt w/ alpha-1 antitrypsin deficiency, SZ phenotype, serum level 48 mg/dL, and
  centrilobular + panlobular emphysema on CT (2023). On Zemaira weekly x 2 yrs. He
  reports exercise tolerance unchanged, no exacerbations in 2026, FEV1 holding steady;
  overall responding well to augmentation. Brother tested at outside lab - MZ (not
  affected). Ex-smoker, quit 2015. Works from home.

Objective:
  Vitals ........ T 98.1  HR 72  BP 134/82  RR 14  SpO2 96% RA
  Weight ........ 88.4 kg
  Lungs ......... diminished BS bases, no wheeze
  PFT 09/30/26 .. see report (FEV1 57% pred pre-BD)

Assessment:
  E88.01  Alpha-1-antitrypsin deficiency
  J43.2   Centrilobular emphysema

Plan:
  - Zemaira 5 g (single 5,000 mg vial) given today - see procedure note below
  - Auth UHC-A1-88412076 valid 06/01/2026-05/31/2027
  - RTC 6 mo, repeat PFT

Procedure - IV infusion:
  Zemaira (alpha1-PI, human) 5,000 mg in 100 mL SWFI, IV via 5 micron filter
  Lot P100478310   Exp 2027-11-30
  Start: 10:05   Stop: 10:21   Rate 0.08 mL/kg/min
  Entire reconstituted vial infused; no drug wasted.
  Pt tolerated without reaction. Obs 30 min. D/c 10:55."""},
  {"id":"d2","type":"lab_report","date":"2026-09-30","text":"""RIVERBEND PULMONARY FUNCTION LABORATORY
Patient: BENOIT, MARC A   Ht 180 cm   Wt 88.9 kg   Age 60   Race-neutral GLI-2022
Test date: 09/30/2026   Technician: LM   Effort/Reproducibility: ATS grade A

                    PRE-BD                         POST-BD (albuterol 360 mcg)
            Actual   Pred   %Pred   LLN     Actual   %Pred   %Chg
FVC (L)      3.89    4.87    80     3.91     4.02     83      +3
FEV1 (L)     2.12    3.72    57     2.94     2.27     61      +7
FEV1/FVC     0.54    0.77           0.67     0.56
TLC (L)      7.81    7.02   111
RV (L)       3.44    2.38   145
DLCO        13.7     28.5    48

INTERPRETATION: Moderate obstructive ventilatory defect without significant
bronchodilator response. Hyperinflation and air trapping. Moderately reduced DLCO.
Compared with 10/2025: FEV1 change -40 mL (within expected variability).
Read by: P. Venkatesan MD"""},
  {"id":"d3","type":"lab_report","date":"2024-06-11","text":"""MAYO CLINIC LABORATORIES        Report Status: Final
Patient: BENOIT, MARC A     MCL ID: 7751208     Order #: 88012274
Collected: 06/04/2024 0745 CDT     Reported: 06/11/2024 1402 CDT

AAT    Alpha-1-Antitrypsin, S
       Result:  48  (L)        Reference Value: 100-190 mg/dL
       Interpretation: Patients with values <70 mg/dL may have a homozygous deficiency and
       proteotyping should be done.
A1APP  Alpha-1-Antitrypsin Phenotype
       Result: SZ
       Interpretation: The SZ phenotype is associated with moderate-to-severe deficiency and
       an increased risk of emphysema, especially in smokers. Reference: MM."""}]},
 gold={"requirements":{"aatd_diagnosis":"met","genotype":"met","serum_aat_level":"met","lung_disease_evidence":"met",
  "patient_weight":"met","dose_administered":"met","dose_matches_weight":"met","units_match_dose":"met",
  "wastage_documented":"met","lot_number":"met","expiration_date":"met","infusion_times":"met",
  "response_to_therapy":"met","prior_authorization":"met","code_selection":"met","smoking_status":"met","fev1_range":"met"},
  "findings":[{"kind":"aatd_diagnosis"},{"kind":"genotype","alleles":["S","Z"]},{"kind":"serum_aat","value":48,"unit":"mg/dL"},
  {"kind":"lung_disease","value":"emphysema"},{"kind":"lung_disease","value":"airflow_obstruction"},{"kind":"fev1","value":57},{"kind":"fev1","value":61},
  {"kind":"weight","value":88.4,"unit":"kg","value_kg":88.4},{"kind":"weight","value":88.9,"unit":"kg","value_kg":88.9},
  {"kind":"dose","value":5000},{"kind":"wastage","value":0},{"kind":"lot_number","value":"P100478310"},
  {"kind":"expiration_date","value":"2027-11-30"},{"kind":"infusion_start","value":"10:05"},{"kind":"infusion_end","value":"10:21"},
  {"kind":"response_to_therapy"},{"kind":"smoking_status","value":"former"},{"kind":"drug_product","value":"Zemaira"},
  {"kind":"prior_authorization","value":"UHC-A1-88412076"}],
  "notes":"Complete commercial. SZ accepted because serum 48 mg/dL < 57. Weight nearest DOS 88.4 kg (DOS) vs 88.9 (PFT 09/30): 60 x 88.4 = 5304, 5000 diff 304 <= 530.4. J0256 ceil(500)=500 ok. Commercial: no JW line, JZ with 'no drug wasted' -> met. FEV1 57 (pre) and 61 (post) both 25-80. Traps: brother MZ is family; Mayo '<70 mg/dL' interpretive text and 'Reference: MM'; LLN/pred columns; DLCO 48 % is not FEV1; 'Zemaira 5 g' in plan is same 5000 mg; d/c 10:55 not stop."})

C["b5-004"] = dict(
 chart={"date_of_service":"2026-05-05","payer":{"profile":"medicare","name":"Medicare Advantage - Humana Gold"},
  "documents":[
  {"id":"d1","type":"progress_note","date":"2026-05-05","text":"""eClinicalWorks  Progress Notes
Patient: KOWALCZYK, STANLEY J   DOB: 11/23/1953   Acct No: 204917
Appointment Facility: Northgate Lung Center    Date: 05/05/2026    Provider: Ruth Abernathy, DO

Reason for Appointment
1. Review alpha-1 testing

History of Present Illness
Dyspnea: 72 y/o M, COPD (GOLD 2, dx 2018), 50 pk-yr former smoker, quit 2020. Referred by
PCP after AAT level returned mildly low. Daughter (age 24) reportedly tested PI*ZZ at an
outside hospital and has asked if he needs treatment.

Vital Signs
Ht 70 in, Wt 214 lb, BMI 30.7, BP 142/84, HR 88, O2 sat 92%.

Assessments
1. Chronic obstructive pulmonary disease, unspecified - J44.9 (Primary)
2. Alpha-1 antitrypsin MZ heterozygous carrier state. No evidence of alpha-1 antitrypsin
   deficiency: level 98 mg/dL, phenotype MZ. E88.01 not coded.

Treatment
1. COPD - continue Breztri 2 puffs BID; pulmonary rehab referral (Ref# RF-0091734).
2. Alpha-1 carrier - augmentation therapy (e.g. Prolastin-C 60 mg/kg weekly) is NOT indicated
   for MZ heterozygotes. If a repeat level were below 57 mg/dL we would revisit. Counseled on
   strict tobacco abstinence. Recommended daughter's other relatives be tested.

Follow Up
6 Months"""},
  {"id":"d2","type":"lab_report","date":"2026-04-20","text":"""BioReference Laboratories     Final Report
PATIENT: KOWALCZYK, STANLEY      DOB 11/23/1953      ACCESSION: B26-0411873
DATE COLLECTED: 04/14/2026       DATE REPORTED: 04/20/2026    PHYSICIAN: Dr. M. Feld (PCP)

TEST                                  RESULT     FLAG    REF RANGE       UNITS
ALPHA-1-ANTITRYPSIN, QN               98         L       100-188         mg/dL
C-REACTIVE PROTEIN                    2.1                 <8.0            mg/L
ALPHA-1-ANTITRYPSIN PHENOTYPE         MZ                  MM
COMMENT: MZ phenotype - intermediate deficiency (heterozygote). MZ individuals do not
usually develop lung disease unless they smoke."""},
  {"id":"d3","type":"other","date":"2026-05-08","text":"""TELEPHONE ENCOUNTER  05/08/2026 09:14   Northgate Lung Center
Caller: pt's wife (Helen)   Re: alpha-1 results
Wife asking if he should start "the IV alpha-1 drug" like the daughter. Per Dr. Abernathy:
not a candidate, he is a carrier (MZ) not deficient. Pt to continue inhalers and rehab.
Call back if worse SOB. -- L. Tran, LPN"""}]},
 gold={"requirements":{"aatd_diagnosis":"missing","genotype":"conflict","serum_aat_level":"conflict","lung_disease_evidence":"met",
  "patient_weight":"met","dose_administered":"missing","dose_matches_weight":"missing","units_match_dose":"not_applicable",
  "wastage_documented":"missing","lot_number":"missing","expiration_date":"missing","infusion_times":"missing",
  "response_to_therapy":"missing","prior_authorization":"not_applicable","code_selection":"not_applicable"},
  "findings":[{"kind":"genotype","alleles":["M","Z"]},{"kind":"serum_aat","value":98,"unit":"mg/dL"},
  {"kind":"lung_disease","value":"copd"},{"kind":"weight","value":214,"unit":"lb","value_kg":97.1},
  {"kind":"smoking_status","value":"former"}],
  "notes":"Negative control: MZ carrier with COPD, no augmentation, no claim lines. AATD explicitly negated ('No evidence of alpha-1 antitrypsin deficiency', 'E88.01 not coded', 'carrier ... not deficient'). Genotype MZ -> conflict; level 98 mg/dL >= 57 -> conflict. 214 lb x 0.45359 = 97.07 -> 97.1 kg. Traps: daughter PI*ZZ (family); 'Prolastin-C 60 mg/kg' in a not-indicated sentence (no drug_product finding); hypothetical 'if repeat level below 57 mg/dL'; referral number is not PA; lab reference 'MM'; wife asking about IV drug."})

C["b5-005"] = dict(
 chart={"date_of_service":"2026-02-10","payer":{"profile":"medicare","name":"Medicare Part B"},
  "claim_lines":[{"hcpcs":"J0256","units":559,"modifiers":[]},{"hcpcs":"J0256","units":41,"modifiers":["JW"]}],
  "documents":[
  {"id":"d1","type":"infusion_record","date":"2026-02-10","text":"""MEDITECH EXPANSE  -  HOSPITAL OUTPATIENT INFUSION  -  NURSING DOCUMENTATION
ST. BRENDAN REGIONAL MED CTR     Unit: OPI     Acct: V000388121     Adm: 02/10/26
Pt: FAIRWEATHER,COLIN T  M 63   MR#: M001224579   Attending: HUSSEIN,OMAR MD

02/10/26 1348  ASSESSMENT - PRE-INFUSION                       (RN: SBIRD)
   Weight.................93.2 kg   (Method: bed scale)
   Prior weight 01/27/26..94.0 kg
   Lung sounds............diminished bilat, no wheeze
   Pain...................0/10

02/10/26 1401  MEDICATION ADMIN                                 (RN: SBIRD)
   Aralast NP (alpha1-PI) 1000 mg vial x 6 reconstituted = 6000 mg total
   Dose administered.....5590 mg  IV
   Amount wasted.........410 mg   Witness: JCORRA RN   Reason: single-use vials, partial vial
   Lot #.................AB229110
   Expiration............01/2026
   Filter................0.2 micron in-line

02/10/26 1412  Infusion started, rate 0.08 mL/kg/min
02/10/26 1427  VS: T 98.4  P 76  R 16  BP 122/70  SpO2 95%
02/10/26 1448  Infusion ended. Line flushed. No adverse reaction.
02/10/26 1520  Discharged to home per w/c.

02/10/26 1611  ADDENDUM (RN: SBIRD): Lot # documented in error at 1401. Correct lot
   AB229101 (from vial carton, verified by pharmacy). Expiration unchanged."""},
  {"id":"d2","type":"progress_note","date":"2026-02-10","text":"""PULMONARY CLINIC NOTE - St. Brendan Regional   02/10/2026
Omar Hussein, MD

S: Mr. Fairweather is a 63 yo lifelong never smoker w/ AATD (PiZZ; A1AT 6.1 umol/L in 2021)
and emphysema (basilar-predominant panacinar on CT 2021). On Aralast NP weekly since 09/2021.
No exacerbations in the last 6 months; he remains stable on augmentation, still skiing.
O: Wt 93.2 kg. SpO2 95% RA. Clear but diminished.
Spirometry today: FEV1 1.98 L (52% pred), FEV1/FVC 0.49 -> airflow obstruction, unchanged.
A/P: Alpha-1 antitrypsin deficiency with emphysema. Continue Aralast NP 60 mg/kg
(5,592 mg) weekly. Pneumococcal vaccine status verified. F/u 6 mo."""}]},
 gold={"requirements":{"aatd_diagnosis":"met","genotype":"met","serum_aat_level":"met","lung_disease_evidence":"met",
  "patient_weight":"met","dose_administered":"met","dose_matches_weight":"met","units_match_dose":"met",
  "wastage_documented":"met","lot_number":"met","expiration_date":"conflict","infusion_times":"met",
  "response_to_therapy":"met","prior_authorization":"not_applicable","code_selection":"met"},
  "findings":[{"kind":"aatd_diagnosis"},{"kind":"genotype","alleles":["Z","Z"]},{"kind":"serum_aat","value":6.1,"unit":"uM"},
  {"kind":"lung_disease","value":"emphysema"},{"kind":"lung_disease","value":"airflow_obstruction"},{"kind":"fev1","value":52},
  {"kind":"weight","value":93.2,"unit":"kg","value_kg":93.2},{"kind":"weight","value":94.0,"unit":"kg","value_kg":94.0},
  {"kind":"dose","value":5590},{"kind":"wastage","value":410},{"kind":"lot_number","value":"AB229101"},
  {"kind":"expiration_date","value":"2026-01"},{"kind":"infusion_start","value":"14:12"},{"kind":"infusion_end","value":"14:48"},
  {"kind":"response_to_therapy"},{"kind":"smoking_status","value":"never"},{"kind":"drug_product","value":"Aralast NP"}],
  "notes":"Gap: expiration 01/2026 = 2026-01-31, before DOS 2026-02-10 -> conflict (expired lot). Lot AB229110 superseded by addendum AB229101 (only correction in findings). 60 x 93.2 = 5592; 5590 within. J0256 ceil(559.0)=559 ok; JW floor(410/10)=41 ok. Traps: 6 x 1000 mg = 6000 mg total reconstituted (not dose); plan '(5,592 mg)' is a calculation; times written 1412/1448 without colon; assessment 1348, admin charting 1401, VS 1427, discharge 1520 are not infusion times; prior weight 94.0 kg (01/27) is older."})
