CHART = {
    "chart_id": "b6-007",
    "date_of_service": "2026-11-24",
    "payer": {"profile": "commercial", "name": "BlueCross BlueShield of North Dakota"},
    "prior_authorization": "882604417",
    "claim_lines": [
        {"hcpcs": "J0257", "units": 400, "modifiers": ["JZ"]}
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-10-28", "text": """
[SCANNED DOCUMENT - OCR TEXT]  Fax rcvd 10/28/2026 16:52  Pg 1/2
          BCBSND  MEDICAL DRUG PRIOR AUTHORIZATION REQUEST
     ALPHA-1 PROTEINASE INHIBITOR (HUMAN) - REAUTHORIZATION
 Fax completed form to: 1-844-555-0178     Questions: 1-844-555-0179

 [X] Renewal / Continuation        [ ] Initial request
 Member name: MARGUERITE A. FONTAINE     Member ID: XQN884017552
 DOB: 05/11/1968    Ht: 163 cm    Wt: 64.5 kg    Date weighed: 10/28/26
 Prescriber: Lena Haugen, MD  NPI: 1902887415  Ph0ne: 701-555-0166
 Drug requested: [ ] Prolastin-C  [ ] Aralast NP  [ ] Zemaira  [X] Glassia
 Dose: 60 mg/kg IV weekly = 3870 mg -> 4000 mg   HCPCS: J0257   Units/wk: 400
 Site of care: [ ] Home   [X] Physician office   [ ] Hospital outpatient

 SECTION A - DIAGNOSIS (check all that apply)
 [X] Emphysema due to alpha-1 antitrypsin deficiency (E88.01 + J43.9)
 [ ] Necrotizing panniculitis
 Phenotype/genotype: [ ] PiZZ  [ ] PiZ(null)  [ ] Pi(null)(null)  [X] Other: PiSZ
 Pretreatment serum AAT: 9.8 umol/L   Date: 04/2022   Method: nephelometry
 [X] Serum AAT < 11 umol/L (< 80 mg/dL RID or < 50 mg/dL nephelometry)

 SECTION B - LUNG FUNCTION (one required)
 [ ] FEV1 30-65% predicted
 [X] FEV1 decline > 120 mL/year
 Most recent FEV1: 0.58 L = 23 % predicted    Date: 08/14/26
 Prior FEV1: 0.74 L  (07/2025)

 SECTION C - TOBACCO
 [ ] current smoker     [X] former smoker - quit date: 2015
 [ ] never smoker       [ ] in active cessation program

 SECTION D - CONTINUATION
 [X] Patient has had a positive clinical response (attach notes)
 [X] Receiving optimal COPD therapy (LAMA/LABA/ICS)
 [ ] Patient has IgA deficiency with anti-IgA antibodies
 Previous authorization period: 11/15/25 - 11/14/26

 Prescriber signature: /s/ L. Haugen MD       Date: 10/28/26
 Attachments: office note 10/28/26, PFT 08/14/26, AAT level/phenotype
 ---------------------------------------------------------------- Pg 2/2
 [illegible - fax header only]
"""},
        {"id": "d2", "type": "other", "date": "2026-11-04", "text": """
BlueCross BlueShield of North Dakota
Utilization Management - Medical Drug
4510 13th Ave S, Fargo ND 58121

November 4, 2026

LENA HAUGEN MD
NORTHERN PLAINS PULMONARY
FAX: 701-555-0167

RE: MARGUERITE A FONTAINE    ID: XQN884017552    DOB: 05/11/1968

NOTICE OF APPROVAL - PRIOR AUTHORIZATION (CONTINUATION)

Case Reference #: CR-26-1104-0091
Authorization Number: 882604417
Service approved: J0257 Injection, alpha 1 proteinase inhibitor (Glassia),
  10 mg - up to 400 units per week
Approved period: 11/15/2026 through 11/14/2027
Place of service: 11 - Office
Diagnosis: E88.01, J43.9

Our policy criteria for continuation are: current treatment with an
alpha-1 proteinase inhibitor; positive clinical response; non-smoker
(current smokers do not qualify); FEV1 30%-65% predicted OR FEV1 decline
greater than 120 mL/year; serum AAT < 11 umol/L before treatment. The
request met criteria based on documented FEV1 decline.

This approval is not a guarantee of payment. Benefits are subject to
eligibility and plan terms on the date of service.

Questions: Provider Services 1-844-555-0179 (reference the Case #).
"""},
        {"id": "d3", "type": "infusion_record", "date": "2026-11-24", "text": """
NORTHERN PLAINS PULMONARY - OFFICE INFUSION RECORD
DATE: 24NOV26     PT: FONTAINE, MARGUERITE A     DOB: 11MAY68
ORDER: GLASSIA 60 MG/KG IV QWK (ORDER DTD 28OCT26)     AUTH 882604417
RN: K. SOLBERG, RN

TIME      ENTRY
0905 hrs  Arrived ambulatory w/ portable O2 2 L NC. Wt 64.5 kg (142.2 lb)
          standing scale.
0915 hrs  VS: T 36.6 / P 84 / BP 126/80 / RR 18 / SpO2 90% 2L (baseline)
0925 hrs  PIV 22g R AC placed x1 attempt, +blood return, NS 10 mL flush.
0930 hrs  GLASSIA 1 g/50 mL vials x 4 (4000 mg / 200 mL) spiked, 5 micron
          in-line filter primed. NDC 0944-2884-02
          LOT TVA2291B  EXP 31MAR27 (all 4 vials)
0941 hrs  GLASSIA infusion STARTED @ 180 mL/hr via pump.
1010 hrs  VS: P 82 / BP 122/78 / SpO2 91% 2L. No s/s reaction.
1040 hrs  VS: P 80 / BP 124/76 / SpO2 91% 2L.
1048 hrs  GLASSIA infusion COMPLETED. Total infused 4000 mg / 200 mL.
          No waste - 4 full vials, 0 mg discarded.
1052 hrs  NS 10 mL flush. Acetaminophen 650 mg PO for mild HA.
1100 hrs  PIV removed, cath intact, site CDI.
1110 hrs  Discharged ambulatory w/ husband. Stable.

NEXT: 01DEC26 0900 hrs - GLASSIA 4000 MG.
/s/ K. Solberg RN  24NOV26 1114 hrs
"""},
        {"id": "d4", "type": "progress_note", "date": "2026-10-28", "text": """
NORTHERN PLAINS PULMONARY
Office Visit  10/28/2026 1340 hrs     Lena Haugen, MD
Patient: Marguerite A. Fontaine, 58 F     DOB 05/11/1968

CC: alpha-1 f/u, PA renewal due

HPI: 58 F with alpha-1 antitrypsin deficiency, PI*SZ, pretreatment
AAT 9.8 umol/L (04/2022), emphysema/COPD, on Glassia weekly since
06/2022. Since augmentation she has had 1 exacerbation in the past 12 mo
(vs ~4/yr in 2020-2021) and no hospitalizations since 2022. Tolerating
Glassia well, occasional mild headache after infusion. Unfortunately
spirometric decline continues: FEV1 0.74 L (07/2025) -> 0.58 L (08/2026),
23% predicted. Now on 2 L O2 with exertion and sleep.
Ex-smoker, quit 2015, 30 pack-yrs. No exposure to secondhand smoke.

Meds: Breztri 2 puffs BID, albuterol neb q6h PRN, roflumilast 500 mcg
daily, O2 2 L, Glassia 4000 mg IV weekly, sertraline 100 mg.

Vitals: BP 128/82  P 86  RR 20  SpO2 89% RA -> 93% 2L  Wt 64.5 kg  BMI 24.3

Exam: thin, pursed-lip breathing, diminished BS throughout, no wheeze.

A/P:
1. AATD PI*SZ with emphysema (very severe COPD, GOLD 4). Clinical
   response to augmentation (fewer exacerbations, no admissions) but
   ongoing FEV1 decline. Continue Glassia 60 mg/kg weekly. Renewal PA
   submitted today (FEV1 decline criterion).
2. Chronic hypoxemic resp failure - continue O2.
3. Referral to lung transplant program (Univ of Minnesota) - pt agrees.
4. Pulm rehab maintenance 2x/wk.
RTC 3 months.

/s/ Lena Haugen, MD   10/28/2026 1422 hrs
"""},
        {"id": "d5", "type": "lab_report", "date": "2026-08-14", "text": """
PULMONARY FUNCTION LABORATORY - Sanford Fargo
Name: FONTAINE, MARGUERITE A   DOB: 05/11/1968   Test date: 14AUG26 1010
Ht 163 cm  Wt 64.9 kg  Race-neutral GLI Global reference
Technician: R. Lee RRT     Effort/reproducibility: acceptable (grade A)

                  Pre-BD    %Pred    Post-BD   %Pred   %Chg
FVC (L)           1.79      57       1.86      59      +4
FEV1 (L)          0.56      22       0.58      23      +4
FEV1/FVC          0.31               0.31
FEF25-75 (L/s)    0.19       7       0.20       7
TLC (L)           6.41     129
RV (L)            4.52     231
DLCO              5.1       28

Interpretation: Very severe obstructive ventilatory defect without
significant bronchodilator response. Hyperinflation and air trapping.
Severely reduced diffusing capacity. Compared with 07/2025 (FEV1 0.74 L),
FEV1 has declined 160 mL.
Read by: Lena Haugen, MD
"""},
    ],
}

GOLD = {
    "chart_id": "b6-007",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "met",
        "units_match_dose": "met",
        "wastage_documented": "met",
        "lot_number": "met",
        "expiration_date": "met",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
        "fev1_range": "conflict",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["S", "Z"]},
        {"kind": "serum_aat", "value": 9.8, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 23},
        {"kind": "fev1", "value": 22},
        {"kind": "weight", "value": 64.5, "unit": "kg", "value_kg": 64.5},
        {"kind": "weight", "value": 64.9, "unit": "kg", "value_kg": 64.9},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Glassia"},
        {"kind": "dose", "value": 4000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "TVA2291B"},
        {"kind": "expiration_date", "value": "2027-03-31"},
        {"kind": "infusion_start", "value": "09:41"},
        {"kind": "infusion_end", "value": "10:48"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "882604417"},
    ],
    "notes": (
        "Scanned (OCR) PA renewal form with checkbox text + approval letter + office infusion record in military 'hrs' "
        "times and compact dates (24NOV26, 31MAR27) + office note + PFT report. Gap: FEV1 23% predicted post-BD "
        "(22% pre-BD on the same test) is below the commercial 25-80 range -> fev1_range conflict. The form's unchecked "
        "'[ ] FEV1 30-65% predicted' and the letter's policy criteria are not patient values. SZ genotype on the commercial "
        "profile is met because a level below threshold is documented (9.8 umol/L < 11). Dose 4000 mg; 60 x 64.5 = 3870 -> "
        "+3.4% -> met. J0257 ceil(4000/10)=400 = billed 400 JZ; 'No waste ... 0 mg discarded' -> met. Weights: 64.5 kg "
        "(DOS, also 10/28) and 64.9 kg on the 08/14 PFT (historical). Traps: '3870 mg -> 4000 mg' on the form is a "
        "calculation/order, arrival 0905, VS 0915/1010/1040, PIV 0925, spike 0930, flush 1052, PIV out 1100, discharge 1110, "
        "next 01DEC26 0900 hrs 4000 MG (planned), acetaminophen 650 mg, roflumilast 500 mcg, case reference # CR-26-1104-0091 "
        "(not an authorization number), NDC. FEV1 0.58 L / 0.74 L volumes are not % predicted. "
        "[calc] dos_weight_kg=64.5"
    ),
}
