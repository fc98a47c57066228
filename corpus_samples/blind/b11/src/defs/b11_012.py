D1 = """
SUMMIT COUNTY HEALTH - PULMONARY CONSULTATION (NEW PATIENT)
Date: 01/08/2026            Patient: Jolene M. Whitacre   DOB 06/02/1978 (47 F)   MRN SCH-0094521
Insurance: State Medicaid (Keystone Community Care MCO)   Referring: PCP R. Danvers, NP
Consultant: Tomas Eriksen, MD

REASON: Early-onset emphysema; alpha-1 antitrypsin deficiency confirmed on PCP testing 12/2025.

HPI
47-year-old woman with progressive exertional dyspnea for 3 years, two courses of prednisone for
"bronchitis" in 2025. PCP checked AAT because of her age: level 5.1 umol/L and genotype PI*ZZ (Labcorp
12/18/2025). She quit smoking in November 2024 after 20 pack-years (verified - no nicotine products since,
cotinine negative at PCP 12/2025). Now walks 1 block before stopping. Works part-time as a cashier.

PMH: anxiety; iron-deficiency anemia (resolved); appendectomy.
Meds: Breo Ellipta 100/25 daily (started by PCP 12/2025), albuterol prn (daily use), sertraline 100 mg daily,
ferrous sulfate 325 mg daily (stopped 11/2025).
Family: mother died at 52 of "COPD"; one brother (untested), two daughters 19 and 22 (untested).

EXAM: BP 118/76, HR 88, RR 18, SpO2 93% RA, Wt 70.1 kg, Ht 168 cm. Barrel chest, prolonged expiration,
faint basilar wheeze.

DATA
- Spirometry today (post-BD): FEV1 1.22 L (44% predicted), FVC 2.95 L (84% predicted), FEV1/FVC 0.41 ->
  severe airflow obstruction, no significant bronchodilator response.
- CT chest 01/05/2026: panlobular emphysema with lower-lobe predominance; mild cylindrical bronchiectasis
  RLL.
- Labcorp 12/18/2025: AAT 5.1 umol/L; SERPINA1 PI*ZZ. CBC normal; LFTs normal.

ASSESSMENT
1. Alpha-1 antitrypsin deficiency, PI*ZZ, with panlobular emphysema and severe airflow obstruction
   (FEV1 44%), former smoker (quit 11/2024).
2. Bronchiectasis, mild, RLL.

DISCUSSION / PLAN
- Long discussion of IV augmentation therapy: weekly 60 mg/kg infusion for life, goal to slow loss of lung
  tissue (CT density), does not reverse existing damage. Products: Prolastin-C, Zemaira, Aralast NP,
  Glassia - all equivalent for her purposes; Medicaid preferred product is Prolastin-C. At 70 kg the dose
  would be about 4,200 mg per week. Home infusion vs infusion center discussed.
- She is interested but anxious about weekly IVs and about time off work; wants to think it over.
- Medicaid prior authorization request submitted today for Prolastin-C (clinicals attached). No
  treatment will be scheduled until approved and she decides.
- IgA level ordered (rule out IgA deficiency before first dose).
- Pulmonary rehab referral; inhaler changed to Trelegy 100 1 inh daily.
- Vaccines: influenza given 10/2025; PCV20 today; RSV not yet eligible.
- Family screening: daughters and brother should be tested - letter given.
- RTC 8 weeks.

Tomas Eriksen, MD   01/08/2026 16:55
"""

D2 = """
LABCORP   Patient Report                          Specimen ID: 351-447-2290-0
Patient: WHITACRE, JOLENE M      DOB: 06/02/1978      Sex: F      Acct: Summit County Health PCP
Ordering: DANVERS, R NP         Collected: 12/18/2025 09:14        Reported: 12/23/2025 18:02

Test                                       Current Result     Flag    Units      Reference Interval
alpha-1-Antitrypsin, Serum                 5.1                Low     umol/L     18.0-40.0
alpha-1-Antitrypsin Phenotype / Genotype
   SERPINA1 genotype                       PI*ZZ              Abnormal
   Z allele (c.1096G>A)                    Homozygous
   S allele (c.863A>T)                     Not detected
Cotinine, urine                            <10                        ng/mL      <10 (non-user)
Hemoglobin                                 13.2                       g/dL       11.1-15.9
Hepatic function panel
   Protein, Total                          7.1                        g/dL       6.0-8.5
   Albumin                                 4.3                        g/dL       3.8-4.9
   Bilirubin, Total                        0.5                        mg/dL      0.0-1.2
   Alkaline Phosphatase                    74                         IU/L       44-121
   AST (SGOT)                              19                         IU/L       0-40
   ALT (SGPT)                              16                         IU/L       0-32

Interpretation: PI*ZZ genotype with severely reduced AAT, consistent with severe alpha-1 antitrypsin
deficiency. Genetic counseling and testing of relatives is recommended.

Comment: SERPINA1 targeted genotyping detects the S and Z alleles only; other deficiency and null
alleles are not detected. Results should be interpreted together with the serum AAT concentration.
Lab: LabCorp Burlington, 1447 York Court, Burlington NC 27215   Director: W. Hancock, MD
"""

D3 = """
MyChart PATIENT PORTAL - MESSAGE THREAD (exported to chart)
Patient: Jolene M. Whitacre    MRN SCH-0094521    Subject: "first infusion??"

--- 01/23/2026 7:52 PM  From: Jolene Whitacre (patient) ---
Hi Dr. Eriksen, the infusion center left me a voicemail to set up my first alpha-1 infusion for Feb 3rd
but I thought we were waiting on Medicaid? Also honestly I'm still not sure about doing IVs every week
with my work schedule. Can I wait until my March appt to decide? Thanks, Jolene

--- 01/26/2026 9:14 AM  From: Kara Lindgren, RN (Pulmonary clinic) ---
Hi Jolene, thanks for reaching out. You're right - your Medicaid prior authorization for Prolastin-C is
still PENDING (status "in clinical review" as of this morning; tracking # MCD-TRK-55102). The infusion
center should not have called yet; I have let them know and the Feb 3 slot has been released. No infusion
will be scheduled until the PA is approved AND you tell us you're ready.
It is absolutely fine to wait and talk it over with Dr. Eriksen at your 03/05 visit.
Your IgA level came back normal (IgA 186 mg/dL).
Kara Lindgren, RN

--- 01/26/2026 12:31 PM  From: Jolene Whitacre (patient) ---
Ok thank you. I'll wait till March then. Still not smoking btw!! 14 months :)

--- 01/26/2026 1:02 PM  From: Kara Lindgren, RN ---
That's wonderful - congratulations! See you 03/05. Message closed.
"""

CHART = {
    "chart_id": "b11-012",
    "payer": {"profile": "medicaid", "name": "Keystone Community Care (Medicaid MCO)"},
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-01-08", "text": D1},
        {"id": "d2", "type": "lab_report", "date": "2025-12-23", "text": D2},
        {"id": "d3", "type": "other", "date": "2026-01-26", "text": D3},
    ],
}

ARITH = {"profile": "medicaid", "dos_weight_kg": 70.1, "dose_mg": None, "waste_mg": None,
         "expirations": [], "start": None, "end": None, "products": []}

GOLD = {
    "chart_id": "b11-012",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "missing",
        "dose_matches_weight": "missing", "units_match_dose": "not_applicable",
        "wastage_documented": "missing", "lot_number": "missing", "expiration_date": "missing",
        "infusion_times": "missing", "response_to_therapy": "missing",
        "prior_authorization": "missing", "code_selection": "not_applicable",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 5.1, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "lung_disease", "value": "bronchiectasis"},
        {"kind": "fev1", "value": 44},
        {"kind": "weight", "value": 70.1, "unit": "kg", "value_kg": 70.1},
        {"kind": "smoking_status", "value": "former"},
    ],
    "notes": (
        "Negative control (medicaid): augmentation discussed and a PA requested, but never given; no claim "
        "lines and no date_of_service (DOS = latest document, 2026-01-26). The disease criteria are met "
        "(PI*ZZ, 5.1 umol/L, panlobular emphysema, FEV1 44 %, former smoker quit 11/2024), but there is no "
        "administration: dose, dose_matches_weight, lot, expiration, times, response missing; no claim lines "
        "-> units_match_dose and code_selection not_applicable; wastage without claim lines and no statement "
        "-> missing. prior_authorization missing: the PA is 'PENDING', and 'tracking # MCD-TRK-55102' is not "
        "an authorization number. No drug_product finding: every product mention is a discussion, a "
        "preferred-product statement or a pending request. Traps: 'about 4,200 mg per week' hypothetical; "
        "Feb 3 slot released; 'rule out IgA deficiency' and IgA 186 mg/dL; reference 18.0-40.0 umol/L; "
        "cotinine <10 ng/mL; sertraline 100 mg, ferrous sulfate 325 mg; mother's 'COPD' (family); "
        "message times."
    ),
}
