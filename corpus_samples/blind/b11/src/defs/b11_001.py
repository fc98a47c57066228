D1 = """
LAKESHORE PULMONARY & SLEEP ASSOCIATES
2210 N. Harbor Drive, Suite 400 | Tel 555-0142 | Fax 555-0199

TRANSFER OF CARE / OUTSIDE RECORDS SUMMARY
Date of visit: November 4, 2025
Patient: BRENNECKE, Harold J.        DOB: 05/02/1954        MRN: LPS-0077315
Referring / prior pulmonologist: Gerald Pfeiffer, MD, Tri-County Chest Clinic, Dayton OH (followed 2014-2025)
PCP: Lorraine Odum, DO
Records reviewed: 412 pages received 10/21/2025 (office notes, PFTs, CT reports, infusion logs, labs)

Dear Dr. Odum,

Thank you for asking me to assume the pulmonary care of Mr. Brennecke, who relocated to be near his
daughter in August. I have read his outside chart in full and saw him in clinic today. My summary:

1. Diagnosis
   Alpha-1 antitrypsin deficiency (E88.01), identified in March 2014 after a workup for dyspnea that was
   out of proportion to his smoking history. Outside Quest report (scanned, attached) shows phenotype ZZ by
   isoelectric focusing; the Tri-County notes record the DNA genotype as PI*ZZ as well. Pre-treatment
   serum AAT was 24 mg/dL (nephelometry) on 03/12/2014. A trough level drawn on augmentation in 2019 was
   68 mg/dL, which is the expected on-therapy range and not a baseline value.
   Emphysema: CT chest 11/2013 (outside) - panlobular emphysema, lower-lobe predominant, no nodules.
   Repeat CT 06/2022 - progression of basilar panlobular emphysema, no bronchiectasis.

2. Lung function trajectory (outside PFT lab, post-bronchodilator)
   Year   FEV1 (L)   FEV1 %pred   FVC (L)   FEV1/FVC   DLCO %pred
   2014   1.92       54           3.81      0.50       58
   2018   1.71       49           3.66      0.47       51
   2023   1.58       47           3.57      0.44       47
   Clinic spirometry today: FEV1 1.52 L (46 % predicted), FVC 3.49 L, ratio 0.44.
   Severe airflow obstruction, consistent across a decade. Average FEV1 decline since starting
   augmentation about 34 mL/yr.

3. Augmentation history
   - Prolastin-C 60 mg/kg IV weekly, 09/2014 through 06/2020 (weight then 88 kg; 5,280 mg/week per the
     Tri-County infusion logs).
   - Changed to Zemaira 07/2020 for formulary reasons; same 60 mg/kg weekly. No infusion reactions in
     the logs. Last outside infusion 08/12/2025; a 3-week gap followed the move.
   - IgA 212 mg/dL (2014), so no anti-IgA concern.

4. Exacerbations / hospital use
   Before augmentation: 3 moderate exacerbations/yr (2012-2014), one admission 01/2014.
   On augmentation: about 1 per year, none requiring admission since 2016.

5. Other history
   Former smoker, about 30 pack-years, quit 2009. No vaping. Retired machinist (metal dust exposure).
   HTN, hyperlipidemia, BPH, osteoarthritis of the hips.
   Family: brother (deceased at 58) had PI*ZZ with severe emphysema; daughter Karen tested PI*MZ,
   level 88 mg/dL, no lung disease. Grandchildren untested - genetic counseling information given.

Current medications
   Trelegy Ellipta 100/62.5/25 mcg 1 inhalation daily
   Albuterol HFA 90 mcg 2 puffs q4h prn
   Atorvastatin 40 mg PO nightly
   Amlodipine 5 mg PO daily
   Tamsulosin 0.4 mg PO qhs
   Zemaira (alpha1-PI, human) 60 mg/kg IV weekly

Exam today: BP 134/78, HR 76, SpO2 93% RA, wt 79.8 kg, ht 178 cm. Distant breath sounds, prolonged
expiration, no wheeze, no clubbing, no edema.

Assessment
   71-year-old man with AATD, PI*ZZ, and panlobular emphysema with severe airflow obstruction, on
   augmentation since 2014. He has done well on it: exacerbations fell from 3/yr to about 1/yr, he has
   had no admission in nine years, and his FEV1 decline has slowed to roughly 34 mL/yr. He reports his
   exercise tolerance is stable - he still walks a mile with his dog most mornings.

Plan
   - Resume Zemaira 60 mg/kg IV weekly in our infusion suite, first visit 11/18/2025. At today's weight
     that is about 4,790 mg; pharmacy will round to whole vials by actual potency.
   - Continue Trelegy; refresher on inhaler technique done.
   - Pulmonary rehab referral (maintenance program).
   - Influenza vaccine given by PCP 10/2025; RSV vaccine recommended.
   - Full PFTs with lung volumes and DLCO in 3 months; CT chest 2027 unless clinically indicated.

Thank you for this referral. Please call with any questions.

Anjali Raman, MD, FCCP
Electronically signed 11/04/2025 16:42
"""

D2 = """
*** SCANNED OUTSIDE RECORD - imported 10/21/2025 - page 37 of 412 ***
QUEST DIAGNOSTICS  |  Dayton Patient Service Center
Patient: BRENNECKE, HAROLD J    DOB: 05/02/1954    Sex: M
Ordering: PFEIFFER, GERALD MD   Tri-County Chest Clinic
Specimen collected: 03/12/2014 07:55   Received: 03/12/2014 13:10   Reported: 03/19/2014 09:04

TEST                                RESULT      FLAG    REFERENCE           UNITS
ALPHA-1-ANTITRYPSIN, SERUM          24          L       83-199              mg/dL
  Method: immunonephelometry
ALPHA-1-ANTITRYPSIN PHENOTYPE       ZZ          A       MM
  Method: isoelectric focusing

INTERPRETATION (phenotype):
  ZZ phenotype. This phenotype is associated with severe alpha-1-antitrypsin deficiency and with
  increased risk for emphysema and liver disease. Genetic counseling is recommended for the patient
  and first-degree relatives.

C-REACTIVE PROTEIN                  2.1                 <8.0                mg/L
IMMUNOGLOBULIN A                    212                 70-400              mg/dL

Performing site: Quest Diagnostics Chantilly VA
*** END OF SCANNED PAGE ***
"""

D3 = """
Lakeshore Infusion Suite - Nursing Infusion Record
Pt: BRENNECKE, HAROLD J  | MRN LPS-0077315 | DOS 11/18/2025 | Chair 7 | RN: M. Okafor
Order: Zemaira (alpha1-proteinase inhibitor, human) 60 mg/kg IV once weekly - Dr. A. Raman
Dx: E88.01 alpha-1-antitrypsin deficiency; J43.1 panlobular emphysema

ARRIVAL / ASSESSMENT
  Check-in 08:52. Pt ambulatory, accompanied by daughter.
  Wt 79.4 kg (175 lb) standing scale | Ht 178 cm
  T 36.7  HR 78  BP 138/80  RR 18  SpO2 94% RA  (08:58)
  Denies fever, new cough, increased sputum. Last infusion 08/12/2025 at outside center.
  No known drug allergies. IgA level on file normal.

ACCESS
  09:05 PIV 22g L forearm, 1 attempt, + blood return, flushed NS 10 mL.

PHARMACY PREPARATION (verified 09:10, PharmD J. Castellanos)
  Calculated dose 60 mg/kg x 79.4 kg = 4,764 mg; rounded to whole vials by actual potency.
  Vial 1: Zemaira 4 g kit (nominal 4,000 mg), actual potency 3,908 mg
          Lot P100318722   Exp 03/31/2027
  Vial 2: Zemaira 1 g vial (nominal 1,000 mg), actual potency 1,004 mg
          Lot P100291455   Exp 10/31/2026
  Reconstituted with supplied SWFI (76 mL + 20 mL), pooled in empty sterile bag.

ADMINISTRATION
  Zemaira 4,912 mg IV given (entire contents of both vials; total volume 96 mL)
  Infusion start: 09:21
  Rate 0.08 mL/kg/min (6.3 mL/min) via pump, 5 micron filter
  Infusion stop: 09:37
  Flushed line NS 20 mL after completion.
  Wastage: none - no drug discarded.

MONITORING
  09:30  HR 80  BP 136/78  SpO2 94%  no flushing, no urticaria
  09:45  HR 77  BP 132/76  SpO2 95%  pt asymptomatic
  Pt tolerated infusion without reaction.

DISCHARGE
  PIV removed 09:52, catheter intact, site clean. Discharged ambulatory 10:05 with daughter.
  Next infusion 11/25/2025 09:00 (Chair 7) - dose to be recalculated if weight changes > 5 %.

Charge capture: J0256 x 492 units, JZ (no waste); 96365 x1
Signed: Mercy Okafor, RN  11/18/2025 10:11
"""

CHART = {
    "chart_id": "b11-001",
    "date_of_service": "2025-11-18",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 492, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-11-04", "text": D1},
        {"id": "d2", "type": "lab_report", "date": "2014-03-19", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2025-11-18", "text": D3},
    ],
}

ARITH = {"profile": "medicare", "dos_weight_kg": 79.4, "dose_mg": 4912, "waste_mg": 0,
         "expirations": ["2027-03-31", "2026-10-31"], "start": "09:21", "end": "09:37",
         "products": ["Zemaira"]}

GOLD = {
    "chart_id": "b11-001",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 24, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 68, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 54},
        {"kind": "fev1", "value": 49},
        {"kind": "fev1", "value": 47},
        {"kind": "fev1", "value": 46},
        {"kind": "weight", "value": 88, "unit": "kg", "value_kg": 88.0},
        {"kind": "weight", "value": 79.8, "unit": "kg", "value_kg": 79.8},
        {"kind": "weight", "value": 79.4, "unit": "kg", "value_kg": 79.4},
        {"kind": "dose", "value": 4912},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P100318722"},
        {"kind": "lot_number", "value": "P100291455"},
        {"kind": "expiration_date", "value": "2027-03-31"},
        {"kind": "expiration_date", "value": "2026-10-31"},
        {"kind": "infusion_start", "value": "09:21"},
        {"kind": "infusion_end", "value": "09:37"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "Complete medicare chart. Transfer-of-care letter (d1) summarizes 11 years of outside care; scanned "
        "Quest page (d2); today's infusion record (d3). DOS 2025-11-18, weight nearest DOS 79.4 kg (d3; 175 lb "
        "is the same weight). 60 x 79.4 = 4764 mg; given 4912 mg (3908 + 1004 actual potency, whole vials) = "
        "+3.1 %, within 10 %. J0256 units = ceil(4912/10) = ceil(491.2) = 492 billed, JZ with 'none - no drug "
        "discarded' -> wastage met. Both lots' expirations (2027-03-31, 2026-10-31) after DOS. Start 09:21, "
        "stop 09:37. Response in d1 (a progress_note): exacerbations 3/yr -> 1/yr, slowed decline, stable "
        "exercise tolerance. Traps: calculated dose 4764 mg and plan '~4,790 mg'; vial nominal 4,000/1,000 mg "
        "and actual potencies 3,908/1,004 mg; historical Prolastin-C dose 5,280 mg at 88 kg (historical "
        "weight 88 kg is a weight finding, not the DOS weight); clinic weight 79.8 kg on 11/04 (also a "
        "finding, not nearest DOS); on-therapy trough 68 mg/dL (a finding; level requirement still met by "
        "24 mg/dL); reference 83-199 and reference phenotype 'MM'; IgA 212 mg/dL; brother PI*ZZ and daughter "
        "PI*MZ 88 mg/dL (family); check-in 08:52, PIV 09:05, pharmacy 09:10, vitals 09:30/09:45, PIV removal "
        "09:52, discharge 10:05; next-visit time 09:00; RSV/influenza vaccines."
    ),
}
