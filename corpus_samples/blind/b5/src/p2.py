C["b5-006"] = dict(
 chart={"date_of_service":"2027-01-07","payer":{"profile":"medicaid","name":"Texas Medicaid (Superior HealthPlan)"},
  "claim_lines":[{"hcpcs":"J0256","units":350,"modifiers":["JZ"]}],
  "documents":[
  {"id":"d1","type":"infusion_record","date":"2027-01-07","text":"""BLUEBONNET HOME HEALTH & INFUSION -- SKILLED NURSING VISIT NOTE
Patient: Leticia Ybarra     DOB 3/30/1979     Agency MR# HH-60418
Visit date: 1/7/2027   Visit type: SN - infusion   Time in: 10:10   Time out: 11:55
Payer: Medicaid - Superior      PA #: 2026HH-77201 (SN + drug, exp 6/30/27)
Homebound status: N/A (home infusion benefit)

VITALS (pre)  T 98.0F  P 92  R 18  BP 112/70  SpO2 93% RA   Wt 129 lb (home scale)
VITALS (post) T 98.2F  P 88  R 18  BP 110/68  SpO2 94% RA   @ 11:30

MED: Prolastin-C Liquid  ** 3 x 1000 mg/20 mL + 1 x 500 mg/10 mL vials **
     Lot 26PCL0915      Exp 2027-09
     Amt infused: 3,500 mg / 70 mL via CADD pump, 0.2 micron filter
     No drug wasted (all 4 vials fully used).
     Infusion begun 10:42 -- completed 11:19. Pt tolerated well, no HA/chills.
PIV: 24g L hand placed 10:31 x1 attempt, removed intact 11:25.

TEACHING: Reviewed s/s of allergic rxn; pt verbalized understanding. Alpha-1 deficiency
can cause lung and liver disease -- reinforced importance of avoiding smoke/fumes.
PLAN: Next infusion 1/14/2027, Prolastin-C Liquid 3,500 mg. Supplies delivered.
Signed: Marisol Peña, RN  1/7/2027 12:20"""},
  {"id":"d2","type":"progress_note","date":"2026-12-02","text":"""VALLEY PULMONARY ASSOCIATES - Follow-up visit  12/02/2026
Pt: Leticia Ybarra, 47F.   Seen by: Dr. Kwame Asante
Dx: Alpha-1 antitrypsin deficiency (ZZ) with emphysema (J43.9); never smoker.
Interval: Doing well on weekly home Prolastin-C Liquid infusions since 3/2025 - no
exacerbations this year, walking dog daily, FEV1 41% pred (stable vs 42% 11/2025).
Wt 58.3 kg. Exam unremarkable save prolonged expiration.
Plan: continue augmentation 60 mg/kg weekly at home; home health to continue.
Recheck in 6 months."""},
  {"id":"d3","type":"lab_report","date":"2025-02-04","text":"""ARUP LABORATORIES | 500 Chipeta Way, Salt Lake City, UT
Patient Name: YBARRA, LETICIA       Patient Age/Sex: 45 / Female
Client: Valley Pulmonary Assoc      Collected: 28-Jan-25   Verified: 04-Feb-25

Procedure                                  Result            Units     Ref Interval
Alpha-1-Antitrypsin                        18  L             mg/dL     [90-200]
Alpha-1-Antitrypsin (SERPINA1) 2 Mutations
   S allele (c.791A>T)                     Not Detected
   Z allele (c.1024G>A)                    Detected, homozygous
   Interpretation: Homozygous for the Z allele (PI*ZZ). Consistent with alpha-1
   antitrypsin deficiency. This assay does not detect null or rare alleles."""}]},
 gold={"requirements":{"aatd_diagnosis":"met","genotype":"met","serum_aat_level":"met","lung_disease_evidence":"met",
  "patient_weight":"met","dose_administered":"met","dose_matches_weight":"met","units_match_dose":"met",
  "wastage_documented":"met","lot_number":"met","expiration_date":"met","infusion_times":"met",
  "response_to_therapy":"met","prior_authorization":"met","code_selection":"met","smoking_status":"met"},
  "findings":[{"kind":"aatd_diagnosis"},{"kind":"genotype","alleles":["Z","Z"]},{"kind":"serum_aat","value":18,"unit":"mg/dL"},
  {"kind":"lung_disease","value":"emphysema"},{"kind":"fev1","value":41},{"kind":"fev1","value":42},
  {"kind":"weight","value":129,"unit":"lb","value_kg":58.5},{"kind":"weight","value":58.3,"unit":"kg","value_kg":58.3},
  {"kind":"dose","value":3500},{"kind":"wastage","value":0},{"kind":"lot_number","value":"26PCL0915"},
  {"kind":"expiration_date","value":"2027-09"},{"kind":"infusion_start","value":"10:42"},{"kind":"infusion_end","value":"11:19"},
  {"kind":"response_to_therapy"},{"kind":"smoking_status","value":"never"},{"kind":"drug_product","value":"Prolastin-C Liquid"},
  {"kind":"prior_authorization","value":"2026HH-77201"}],
  "notes":"Complete medicaid; PA only in the home-health note (no chart field). Weight nearest DOS = 129 lb (DOS) = 58.5 kg; 60 x 58.5 = 3510; 3500 diff 10. J0256 ceil(350)=350 ok; JZ + 'No drug wasted'. Traps: time in 10:10/out 11:55, PIV 10:31/removal 11:25, post vitals 11:30; vial sizes 1000 mg/20 mL, 500 mg/10 mL; planned next infusion 3,500 mg 1/14/2027; education sentence 'Alpha-1 deficiency can cause lung and liver disease'; ARUP 'S allele Not Detected'. FEV1 42% (11/2025) is a historical patient value."})

C["b5-007"] = dict(
 chart={"date_of_service":"2026-11-19","payer":{"profile":"commercial","name":"Aetna Open Access"},
  "prior_authorization":"AET-PRC-5510982",
  "claim_lines":[{"hcpcs":"J0256","units":504,"modifiers":[]}],
  "documents":[
  {"id":"d1","type":"progress_note","date":"2026-11-19","text":"""Pulmonary & Sleep of the Piedmont     Office Visit + In-office Infusion
PATIENT: Dwayne T. Pruitt   DOB 1971-05-30   MRN PSP-118820     DOS 19-Nov-2026
ATTENDING: Helen Marsh, MD

CC: AATD, weekly augmentation.
HPI: 55M PiZZ (serum AAT 22 mg/dL, 2022) with severe emphysema. On Prolastin-C since
02/2023. Reports 2 exacerbations this year, one with admission (08/2026). Walks <1 block.
Continues to smoke -- current every-day smoker, ~5 cigarettes/day; pre-contemplative,
declines varenicline today. Spouse also smokes.
MEDS: Prolastin-C 60 mg/kg IV weekly; Breztri BID; roflumilast 500 mcg daily; O2 2L exertion.
VS: BP 138/88, HR 96, RR 22, SpO2 89% RA -> 93% 2L, Wt 84.0 kg.
PFT (11/05/26, scanned): FEV1 0.71 L = 22% predicted; FEV1/FVC 0.31.
A/P:
 1) Alpha-1 antitrypsin deficiency, ZZ, on augmentation -- not clearly responding;
    FEV1 declined ~90 mL/yr. Continue for now.
 2) Emphysema, severe (J43.9).  3) Tobacco use disorder -- counseled >3 min.
INFUSION (nursing, in office):
 Prolastin-C (lyophilized) 1,000 mg vials x 6 reconstituted.
 Administered 5,040 mg IV over ~25 min (start 14:20, end 14:46).
 Discarded 960 mg (partial vial #6) per single-use vial policy.
 Lot 26L40077 / exp 2028-02.   Tolerated, no reaction."""},
  {"id":"d2","type":"other","date":"2026-11-12","text":"""AETNA - UTILIZATION MANAGEMENT CLINICAL REVIEW (Continuation of therapy)
Member: PRUITT, DWAYNE T     Case ref: UM-26-3381904     Reviewer: K. Lindqvist RN, CCM
Drug: Prolastin-C (J0256)    Request: 52 infusions, 12/2026-11/2027
Criteria applied (CPB 0145, abbreviated):
  - Pi*ZZ, Pi*Z(null), Pi*(null)(null) or other phenotype w/ serum AAT < 11 uM (approx 57 mg/dL)
  - Emphysema / FEV1 between 25% and 65% predicted
  - Member is a non-smoker
  - Least-cost brand Prolastin-C
Clinical submitted: PFT 11/05/26 FEV1 22% predicted. Records indicate member is a current
smoker. Criteria NOT met for FEV1 range and non-smoking status.
Determination: Pended for medical director review. Current authorization AET-PRC-5510982
remains valid through 12/31/2026."""},
  {"id":"d3","type":"lab_report","date":"2022-08-16","text":"""PIEDMONT REGIONAL LAB   Chemistry / Special Proteins
PRUITT, DWAYNE T   M   51Y   MRN PSP-118820    Coll 08/09/2022   Final 08/16/2022
 Alpha-1 Antitrypsin .......... 22 mg/dL  *LOW*   (ref 90-200)
 A1AT Phenotype (IEF) ......... PI ZZ
 Comment: Severe deficiency phenotype."""}]},
 gold={"requirements":{"aatd_diagnosis":"met","genotype":"met","serum_aat_level":"met","lung_disease_evidence":"met",
  "patient_weight":"met","dose_administered":"met","dose_matches_weight":"met","units_match_dose":"met",
  "wastage_documented":"met","lot_number":"met","expiration_date":"met","infusion_times":"met",
  "response_to_therapy":"missing","prior_authorization":"met","code_selection":"met","smoking_status":"conflict","fev1_range":"conflict"},
  "findings":[{"kind":"aatd_diagnosis"},{"kind":"genotype","alleles":["Z","Z"]},{"kind":"serum_aat","value":22,"unit":"mg/dL"},
  {"kind":"lung_disease","value":"emphysema"},{"kind":"fev1","value":22},
  {"kind":"weight","value":84.0,"unit":"kg","value_kg":84.0},{"kind":"dose","value":5040},{"kind":"wastage","value":960},
  {"kind":"lot_number","value":"26L40077"},{"kind":"expiration_date","value":"2028-02"},
  {"kind":"infusion_start","value":"14:20"},{"kind":"infusion_end","value":"14:46"},
  {"kind":"smoking_status","value":"current"},{"kind":"drug_product","value":"Prolastin-C"},
  {"kind":"prior_authorization","value":"AET-PRC-5510982"}],
  "notes":"Gaps: smoking_status conflict (current smoker); fev1_range conflict (22% < 25); response_to_therapy: the only statement is 'not clearly responding' with FEV1 decline - I judged it no affirmed response -> missing (ambiguous: a reviewer could count a negative response statement; the guide's examples are all positive). 60 x 84.0 = 5040 = dose; J0256 ceil(504)=504 ok. Commercial, no JW line, waste 960 documented, no JZ -> met. Traps: UR note quotes payer criteria ('25% and 65%', 'non-smoker', '< 11 uM (approx 57 mg/dL)') - not findings; case ref UM-26-3381904 is not a PA; spouse smokes (not patient); roflumilast 500 mcg is another drug; 'over ~25 min' duration."})

C["b5-008"] = dict(
 chart={"date_of_service":"2026-06-23","payer":{"profile":"medicare","name":"Medicare Part B"},
  "claim_lines":[{"hcpcs":"J2252","units":3900,"modifiers":["JZ"]}],
  "documents":[
  {"id":"d1","type":"infusion_record","date":"2026-06-23","text":"""CASCADE INFUSION CENTER - RECURRING TREATMENT FLOWSHEET (printed 06/23/2026 16:02)
Patient: ABERNETHY-COLE, JUNE    MRN 7730291    Regimen: Zemaira 60 mg/kg IV q7d
Allergies: NKDA       Access: PIV

Date        | 06/09/2026        | 06/16/2026        | 06/23/2026
------------+-------------------+-------------------+-------------------
Weight      | 66.6 kg           | 67.1 kg           | 66.0 kg
Pre BP/HR   | 118/70  74        | 124/72  80        | 120/68  77
Product     | Zemaira 4 g vial  | Zemaira 4 g vial  | Zemaira 4 g vial
Dose given  | 4,000 mg          | 4,000 mg          | 3,900 mg
Lot         | P100398871        | P100398871        | P100412307
Exp         | 2026-12           | 2026-12           | 2027-02
Start       | 13:10             | 13:02             | 13:05
Stop        | 13:29             | 13:20             | 13:24
Reaction    | none              | none              | none
RN          | AV                | AV                | DMc
Comments    | --                | dose to be reduced| per MD wt-based dose
            |                   | to 60 mg/kg       | 60 x 66.0 = 3960 mg"""},
  {"id":"d2","type":"other","date":"2026-06-24","text":"""TELEPHONE ENCOUNTER
Date/Time: 6/24/26 10:47      Taken by: Beth Sorensen, RN      Provider: Dr. L. Iyer
Caller: patient (June Abernethy-Cole), DOB 01/08/1950, callback 503-555-0148
Reason: question re: infusion + lab letter
Pt says she is "breathing a lot better" since weekly Zemaira resumed in May and has had no
flare since. Asked whether she still needs the weekly infusions for her alpha-1 antitrypsin
deficiency (E88.01) and emphysema. Advised per Dr. Iyer: yes, lifelong therapy; next
infusion 6/30. Also asked re: letter showing low alpha-1 level from 2018 -- explained this
is why she is treated. Pt verbalized understanding.
Disposition: no appt needed. Routed to provider for FYI."""},
  {"id":"d3","type":"lab_report","date":"2018-10-03","text":"""CLINICAL PATHOLOGY LABORATORIES (CPL)  -  Final
ABERNETHY-COLE, JUNE   F   DOB 01/08/1950   Req# 6621-0093   Rec'd 09/28/2018
---------------------------------------------------------------------------
ALPHA-1 ANTITRYPSIN                0.31 g/L      [L]        0.90 - 2.00
ALPHA-1 ANTITRYPSIN PHENOTYPE      PI ZZ                    (PI MM)
---------------------------------------------------------------------------
Method: nephelometry; phenotype by isoelectric focusing."""}]},
 gold={"requirements":{"aatd_diagnosis":"met","genotype":"met","serum_aat_level":"met","lung_disease_evidence":"met",
  "patient_weight":"met","dose_administered":"met","dose_matches_weight":"met","units_match_dose":"met",
  "wastage_documented":"missing","lot_number":"met","expiration_date":"met","infusion_times":"met",
  "response_to_therapy":"missing","prior_authorization":"not_applicable","code_selection":"met"},
  "findings":[{"kind":"aatd_diagnosis"},{"kind":"genotype","alleles":["Z","Z"]},{"kind":"serum_aat","value":0.31,"unit":"g/L"},
  {"kind":"lung_disease","value":"emphysema"},
  {"kind":"weight","value":66.0,"unit":"kg","value_kg":66.0},{"kind":"weight","value":67.1,"unit":"kg","value_kg":67.1},{"kind":"weight","value":66.6,"unit":"kg","value_kg":66.6},
  {"kind":"dose","value":3900},{"kind":"lot_number","value":"P100412307"},{"kind":"expiration_date","value":"2027-02"},
  {"kind":"infusion_start","value":"13:05"},{"kind":"infusion_end","value":"13:24"},{"kind":"drug_product","value":"Zemaira"}],
  "notes":"Gaps: wastage missing (JZ billed, 3,900 mg drawn from a 4 g vial but nothing said about waste); response_to_therapy missing (the patient's 'breathing a lot better' is only in a telephone encounter typed other, not a progress note). Multi-visit flowsheet: only the 06/23 column counts (dose 3900, lot P100412307, exp 2027-02, 13:05-13:24); earlier columns' 4,000 mg / P100398871 / 2026-12 do not. Weights 66.6/67.1 are patient's historical weights; nearest DOS 66.0: 60 x 66.0 = 3960; 3900 diff 60 <= 396. J2252 bu 1 mg: units 3900 = ceil(3900) ok; code_selection met per guide (J2252 covers any A1PI product). '60 x 66.0 = 3960 mg' calculation is not a dose; '4 g vial' is a vial size; next infusion 6/30 is planned; lab reference (PI MM)."})

C["b5-009"] = dict(
 chart={"date_of_service":"2026-04-28","payer":{"profile":"medicaid","name":"Ohio Medicaid - CareSource"},
  "claim_lines":[{"hcpcs":"J0257","units":500,"modifiers":["JZ"]}],
  "documents":[
  {"id":"d1","type":"progress_note","date":"2026-04-28","text":"""TRANSCRIBED DICTATION -- PULMONARY CONSULTATION / FOLLOW UP
Dictated: 04/28/2026 16:40   Transcribed: 04/29/2026 07:12 (job 4471902, tk)
Physician: Dr. Samuel Okonkwo      Patient: Brandi L. McAllister      MR: 0099184

HISTORY: This is a 44 year old female with known alpha one antitrypsin defeciency,
genotype Mmalton slash Z, with an alpha 1 level of 41 mg/dL, who has pan acinar emphazema
predominantly at the bases. She is an ex-smoker, quit in 2019. She has been getting
Glasia weekly in our infusion suite since January, and she states [inaudible] her
breathing is about the same, she has not needed steroids or antibiotics since starting
and she is tolerating the infusions without problem.

PHYSICAL EXAM: Weight today is 110 kilograms. BP 136/90. Lungs with scattered expiratory
wheeze. No clubbing.

IMPRESSION:
1. Alpha-1 antitrypsin deficiency, PI Mmalton/Z, on augmentation.
2. Emphysema with airflow obstruction, FEV1 forty nine percent predicted on last check.

PLAN: The patient received Glasia 5 grams today, which is what insurance has been
approving so far; the weight based dose would be 6.6 grams. We will ask the
pharmacy to rerun the calculation. The Medicaid authorization for the higher dose is
pending; referral number R-55120 was sent. Return one week.

SO/tk  D:04/28/26  T:04/29/26"""},
  {"id":"d2","type":"infusion_record","date":"2026-04-28","text":"""INFUSION SUITE MAR -- 04/28/2026 -- McALLISTER, BRANDI L (0099184)
Glassia [A1PI human] 1 g/50 mL   qty 5 vials   Lot LE14R211AC   Exp 31-Oct-2027
Given: 5000 mg / 250 mL IV, pump rate 0.04 mL/kg/min titrated to 0.2 mL/kg/min
Waste: none - five full vials infused
Infusion start 09:15 -- end 09:41
Premed: none.  Post VS stable.  RN: C. Gallo"""},
  {"id":"d3","type":"lab_report","date":"2025-11-18","text":"""NATIONWIDE REGIONAL LABORATORY -- SPECIAL CHEMISTRY
Pt: MCALLISTER, BRANDI L   DOB 07/21/1981   Collected 11/10/2025   Resulted 11/18/2025
Alpha 1 Antitrypsin, Serum .... 41 mg/dL (L)   [Ref 90 - 200]
SERPINA1 Gene, Full Gene Analysis
   Variant 1: c.1096G>A  p.Glu366Lys (Z)                    heterozygous
   Variant 2: c.226_228del p.Phe76del (Mmalton)              heterozygous
   Result: compound heterozygous Z / Mmalton - pathogenic, deficient."""}]},
 gold={"requirements":{"aatd_diagnosis":"met","genotype":"met","serum_aat_level":"met","lung_disease_evidence":"met",
  "patient_weight":"met","dose_administered":"met","dose_matches_weight":"conflict","units_match_dose":"met",
  "wastage_documented":"met","lot_number":"met","expiration_date":"met","infusion_times":"met",
  "response_to_therapy":"met","prior_authorization":"missing","code_selection":"met","smoking_status":"met"},
  "findings":[{"kind":"aatd_diagnosis"},{"kind":"genotype","alleles":["Z","MMALTON"]},{"kind":"serum_aat","value":41,"unit":"mg/dL"},
  {"kind":"lung_disease","value":"emphysema"},{"kind":"lung_disease","value":"airflow_obstruction"},{"kind":"fev1","value":49},
  {"kind":"weight","value":110,"unit":"kg","value_kg":110.0},{"kind":"dose","value":5000},{"kind":"wastage","value":0},
  {"kind":"lot_number","value":"LE14R211AC"},{"kind":"expiration_date","value":"2027-10-31"},
  {"kind":"infusion_start","value":"09:15"},{"kind":"infusion_end","value":"09:41"},
  {"kind":"response_to_therapy"},{"kind":"smoking_status","value":"former"},{"kind":"drug_product","value":"Glassia"}],
  "notes":"Gaps: dose_matches_weight conflict: 60 x 110 = 6600; 5000 off by 1600 > 660. prior_authorization missing: no chart field, authorization 'pending', referral number R-55120 is not a PA. Dictation typos: 'defeciency', 'emphazema', 'Glasia' (-> Glassia), 'forty nine percent', weight 'kilograms'. J0257 ceil(5000/10)=500 ok; JZ with 'Waste: none'. 'weight based dose would be 6.6 grams' is a calculation; 'Glasia 5 grams' = same 5000 mg dose. Genotype with two 'heterozygous' variant lines = Z/MMALTON."})

C["b5-010"] = dict(
 chart={"date_of_service":"2027-02-03","payer":{"profile":"commercial","name":"Cigna Open Access Plus"},
  "prior_authorization":"2027-CIG-004418",
  "claim_lines":[{"hcpcs":"J0257","units":288,"modifiers":[]}],
  "documents":[
  {"id":"d1","type":"other","date":"2027-01-12","text":"""ACCREDO SPECIALTY PHARMACY -- NEW REFERRAL INTAKE FORM
Date rec'd: 01/12/2027    Intake coordinator: Y. Haddad    Case: ACC-58810442
PATIENT: Nguyen, Thu-Ha (F)   DOB: 10/05/1990   Ph: (617) 555-0112
INSURANCE: Cigna OAP   Member ID: U8834420103   PA approval #: 2027-CIG-004418 (1/10/27-1/09/28)
PRESCRIBER: Dr. Elena Marchetti, Pulmonology
DRUG: Glassia 1 g/50 mL     SIG: 60 mg/kg IV once weekly      Wt: 105 lb (01/08/27)
  Calc. dose: 60 mg/kg x 47.6 kg = 2,856 mg -> dispense 3 vials/wk, qty 12/28 days
DX: E88.01 Alpha-1-antitrypsin deficiency; J43.1 panlobular emphysema
Genotype: PI*ZZ (attached)   Serum AAT: 4.1 uM (attached)
Smoking status: [x] Never  [ ] Former  [ ] Current
Site of care: [ ] Home  [x] Infusion center (Back Bay Infusion)
Allergies: latex        Other meds: budesonide/formoterol, montelukast 10 mg
Checklist: Rx [x]  Clinicals [x]  Demographics [x]  Benefits verified [x]"""},
  {"id":"d2","type":"infusion_record","date":"2027-02-03","text":"""BACK BAY INFUSION -- CHAIRSIDE FLOWSHEET
Patient: NGUYEN, THU-HA            Date: 2/3/27        Chair: 11
Wt: 48.0 kg (scale)   Ht: 152 cm
Glassia 60 mg/kg = 2880 mg  ...  dispensed 3 x 1 g/50 mL vials
  LOT LE15T006AD    EXP 2028-01-31
+-------+-------------------------------------------------+-------+
| Time  | Event                                           | Init  |
+-------+-------------------------------------------------+-------+
| 11:40 | Check-in, ID band                               | MO    |
| 11:52 | PIV 24g R hand                                  | MO    |
| 12:03 | GLASSIA INFUSION STARTED 0.04 mL/kg/min x 10min | MO    |
| 12:13 | Rate incr to 0.2 mL/kg/min per protocol         | MO    |
| 12:29 | GLASSIA INFUSION COMPLETE - total 2,880 mg      | MO    |
|       |  (144 mL) administered                          |       |
| 12:30 | Wasted 120 mg (6 mL) remainder vial 3, witnessed| MO/JK |
| 12:58 | VS stable, D/C home                             | MO    |
+-------+-------------------------------------------------+-------+"""},
  {"id":"d3","type":"progress_note","date":"2027-02-03","text":"""PULMONARY PROGRESS NOTE -- Elena Marchetti, MD -- 02/03/2027
Thu-Ha Nguyen, 36 F, lifelong nonsmoker. PI*ZZ AATD dx 2021 (AAT 4.1 uM), panlobular
emphysema. Transferred to Glassia this month after Prolastin-C shortage; tolerating well,
no infusion reactions, 6MWD 452 m (stable vs 448 m), no exacerbations in 12 months.
Spirometry 01/2027: FEV1 61% predicted, FEV1/FVC 0.58.
Plan: continue Glassia weekly. Latex precautions."""}]},
 gold={"requirements":{"aatd_diagnosis":"met","genotype":"met","serum_aat_level":"met","lung_disease_evidence":"met",
  "patient_weight":"met","dose_administered":"met","dose_matches_weight":"met","units_match_dose":"met",
  "wastage_documented":"met","lot_number":"met","expiration_date":"met","infusion_times":"met",
  "response_to_therapy":"met","prior_authorization":"met","code_selection":"met","smoking_status":"met","fev1_range":"met"},
  "findings":[{"kind":"aatd_diagnosis"},{"kind":"genotype","alleles":["Z","Z"]},{"kind":"serum_aat","value":4.1,"unit":"uM"},
  {"kind":"lung_disease","value":"emphysema"},{"kind":"fev1","value":61},
  {"kind":"weight","value":48.0,"unit":"kg","value_kg":48.0},{"kind":"weight","value":105,"unit":"lb","value_kg":47.6},
  {"kind":"dose","value":2880},{"kind":"wastage","value":120},{"kind":"lot_number","value":"LE15T006AD"},
  {"kind":"expiration_date","value":"2028-01-31"},{"kind":"infusion_start","value":"12:03"},{"kind":"infusion_end","value":"12:29"},
  {"kind":"response_to_therapy"},{"kind":"smoking_status","value":"never"},{"kind":"drug_product","value":"Glassia"},
  {"kind":"drug_product","value":"Prolastin-C"},{"kind":"prior_authorization","value":"2027-CIG-004418"}],
  "notes":"Complete commercial. Weight nearest DOS 48.0 kg: 60 x 48 = 2880 = dose. J0257 ceil(288)=288 ok. Commercial: no JW line, waste 120 mg documented, no JZ -> met. Traps: intake calc 2,856 mg (older weight 105 lb = 47.6 kg), '60 mg/kg = 2880 mg' header calc, 3 x 1 g vials, check-in 11:40, PIV 11:52, rate change 12:13, waste 12:30, D/C 12:58; montelukast 10 mg another drug; case number ACC-58810442 and member ID are not PA. Prolastin-C appears as prior product (historical, listed as drug_product; the billed product is Glassia, J0257 correct). FEV1 61 in range; checkbox Never smoker."})
