D1 = """
TELEPHONE ENCOUNTER - NURSE TRIAGE
Cedar Valley Pulmonary & Critical Care
Encounter date: 7/28/2025   Call received: 3:46 PM   Call ended: 3:58 PM
Patient: KAMINSKI, WALTER F.   DOB 2/14/1951   MRN 2038847
Caller: Donna Kaminski (wife, on HIPAA release form)   Callback #: (555) 014-2290
Triage RN: Beth Ann Lorenz, RN        Protocol: Adult COPD/Breathing Problems (Schmitt-Thompson)

Reason for call: Wife reports husband "has a fever and is coughing up green stuff" since Saturday.
She wants to know whether he should still come in for his alpha-1 infusion on Thursday.

S: Temp 101.1 F orally at 2 PM today (took Tylenol 500 mg x2 at 2:15 PM). Cough productive of
   yellow-green sputum x 2 days, more short of breath walking to the bathroom. Using albuterol
   nebulizer q4h since yesterday (normally twice a day). No chest pain. No confusion. Eating and
   drinking okay. Home pulse oximeter 89-91% at rest (baseline 93%).
   Wife states he weighed 168 lb on their home scale yesterday morning.
   She also mentioned his sister (ZZ as well) "gets Aralast too and had to skip a week when she had
   pneumonia" - asked if that is the same thing.
O: Speaking in full sentences per caller, heard coughing in background.
A: Positive for: fever + increased sputum purulence + increased dyspnea, SpO2 89-91%.
   Disposition per protocol: "See today or tomorrow in office" (not ED: no severe distress,
   SpO2 not < 88%, speaking full sentences).
P: - Appointment made with Dr. Achterberg 7/29/2025 at 9:20 AM.
   - Advised to continue albuterol neb q4h prn, push fluids, Tylenol 650 mg q6h prn fever.
   - Go to ED if SpO2 stays below 88%, lips blue, unable to speak in sentences, confusion.
   - Thursday infusion: on hold until seen by MD tomorrow; infusion suite notified (msg to
     scheduling 4:02 PM). Weekly dose will be recalculated at the next infusion.
   - Caller verbalized understanding, repeated back ED precautions.

Beth Ann Lorenz, RN   7/28/2025 4:05 PM
Routed to: Dr. Achterberg (FYI), Infusion scheduling
"""

D2 = """
Cedar Valley Pulmonary & Critical Care - ACUTE VISIT
Walter F. Kaminski, 74 M          Date: 07/29/2025          Provider: Lena Achterberg, MD

CC: fever, purulent sputum, worse dyspnea x 3 days

HPI: Known alpha-1 antitrypsin deficiency (PI*ZZ; phenotype and level 2019) with emphysema, on weekly
Aralast NP augmentation since 10/2019. Wife called yesterday (see triage note). Fever to 101.1 F,
purulent sputum, dyspnea at lower exertion. No sick contacts known; grandson had a cold last week.
This is his first exacerbation in 14 months. He tells me his baseline breathing has been steady since
starting the infusions - no hospital stays in the past two years, and he was doing his own yard work
until last week.

PMH: AATD; emphysema/COPD (GOLD 3); HTN; CKD 3a (Cr 1.4); gout; s/p R TKA 2017.
Meds: Symbicort 160/4.5 2 puffs BID; Spiriva Respimat 2.5 mcg 2 inh daily; albuterol neb prn;
lisinopril 10 mg daily; allopurinol 100 mg daily; Aralast NP 60 mg/kg IV weekly.
Smoking: former, quit 1995 (35 pack-years).

Exam: T 38.1 C, HR 96, BP 142/84, RR 22, SpO2 91% RA, Wt 77.1 kg.
Diffuse expiratory wheeze, prolonged expiration, no focal crackles. No edema.
CXR today (prelim): hyperinflation, no infiltrate, no effusion.
Labs: WBC 11.8, CRP 38 mg/L, BMP at baseline (Cr 1.4).
Last PFT 03/2025: FEV1 0.98 L, 38% predicted, FEV1/FVC 0.36.

Assessment / Plan
1. Acute exacerbation of COPD with emphysema, AATD - outpatient management appropriate.
   - Prednisone 40 mg PO daily x 5 days
   - Doxycycline 100 mg PO BID x 5 days
   - Increase albuterol neb to q4h prn; continue Symbicort, Spiriva
2. Augmentation: HOLD this week's infusion (07/31). Resume 08/07 if afebrile for 48 h and improving.
   Reweigh at infusion; 60 mg/kg at ~77 kg is ~4,600 mg, vials round to 4,500 mg.
3. Return precautions reviewed with pt and wife. Phone check 07/31.

Lena Achterberg, MD   07/29/2025 10:14
"""

D3 = """
CVPCC INFUSION SUITE - FLOWSHEET EXPORT                                  DOS: 08/07/2025
KAMINSKI, WALTER F   MRN 2038847   Age 74   Allergies: NKDA
Ordering: Achterberg, Lena MD       Order: Aralast NP 60 mg/kg IV q week

Row                          Value
---------------------------  --------------------------------------------------------
Arrival                      0941
Weight (kg)                  76.8
Height (cm)                  175
Temp (C)                     36.8
Pulse                        82
BP                           136/80
SpO2                         93 % RA
Pre-screen                   Afebrile since 08/02; finished prednisone 08/02, doxycycline 08/02.
                             Sputum back to white. Cleared by MD (phone 08/06) to resume.
IV site                      22g L AC, placed 0956, +BR
Drug                         Aralast NP (alpha1-proteinase inhibitor, human)
Vials / lot / exp            1000 mg vial x4 - Lot LA094217 - Exp 2025-06-30
                             500 mg vial x1  - Lot LA088305 - Exp 2026-02-28
Reconstitution               each vial with supplied SWFI (50 mL / 25 mL), 20 mg/mL, 0958-1006
Dose administered (mg)       4500
Volume infused (mL)          225
Rate                         0.08 mL/kg/min max = 6.1 mL/min
Start time                   1012
Stop time                    1055
Waste                        entire contents infused; no waste
Post VS 1100                 P 80  BP 132/78  SpO2 94 %
Reaction                     none
IV removed                   1103
Discharge                    1110 ambulatory with wife
RN                           J. Petrakis RN
Billing                      J0256 x 450 JZ; 96365; 96366 x0

Comment: pt back to baseline per wife. Next weekly infusion 08/14/2025 1000.
"""

D4 = """
LABORATORY REPORT                   Cedar Valley Medical Center Clinical Laboratory
Patient: KAMINSKI, WALTER F    DOB: 02/14/1951    MRN: 2038847
Collected: 08/20/2019 08:12    Resulted: 08/27/2019 16:40    Ordering: L. Achterberg MD

Alpha-1-Antitrypsin (serum)
   Result ........ 0.29 g/L      (L)
   Reference ..... 0.90 - 2.00 g/L
   Method ........ nephelometry (Siemens BN II)
Alpha-1-Antitrypsin Phenotype (IEF)
   Result ........ ZZ
   Comment ....... Homozygous Z. Consistent with severe deficiency. Recommend family screening.
C-reactive protein
   Result ........ 3 mg/L   (ref < 10)
IgA, serum
   Result ........ 188 mg/dL (ref 70-400)
Comprehensive metabolic panel
   Sodium ........ 139 mmol/L   (135-145)
   Potassium ..... 4.6 mmol/L   (3.5-5.1)
   Creatinine .... 1.21 mg/dL   (0.70-1.30)
   eGFR .......... 61 mL/min/1.73m2
   AST ........... 24 U/L       (10-40)
   ALT ........... 19 U/L       (7-56)
   Alk phos ...... 88 U/L       (40-129)
   Bilirubin, tot  0.6 mg/dL    (0.2-1.2)
   Albumin ....... 4.0 g/dL     (3.5-5.2)

Specimen: serum, SST, received ambient. No hemolysis/lipemia.

Report status: FINAL.  Verified by: R. Osei, MT(ASCP)
"""

CHART = {
    "chart_id": "b11-004",
    "date_of_service": "2025-08-07",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Noridian JF)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 450, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-07-28", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2025-07-29", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2025-08-07", "text": D3},
        {"id": "d4", "type": "lab_report", "date": "2019-08-27", "text": D4},
    ],
}

ARITH = {"profile": "medicare", "dos_weight_kg": 76.8, "dose_mg": 4500, "waste_mg": 0,
         "expirations": ["2025-06-30", "2026-02-28"], "start": "10:12", "end": "10:55",
         "products": ["Aralast NP"]}

GOLD = {
    "chart_id": "b11-004",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "conflict", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 0.29, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 38},
        {"kind": "weight", "value": 168, "unit": "lb", "value_kg": 76.2},
        {"kind": "weight", "value": 77.1, "unit": "kg", "value_kg": 77.1},
        {"kind": "weight", "value": 76.8, "unit": "kg", "value_kg": 76.8},
        {"kind": "dose", "value": 4500},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "LA094217"},
        {"kind": "lot_number", "value": "LA088305"},
        {"kind": "expiration_date", "value": "2025-06-30"},
        {"kind": "expiration_date", "value": "2026-02-28"},
        {"kind": "infusion_start", "value": "10:12"},
        {"kind": "infusion_end", "value": "10:55"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Aralast NP"},
    ],
    "notes": (
        "Gap chart (medicare), 1 gap: the 1000 mg vials' lot LA094217 is recorded with Exp 2025-06-30, before "
        "DOS 2025-08-07 -> expiration_date conflict (the 500 mg lot's 2026-02-28 is fine, but one expired lot "
        "on the administration is enough). Weight nearest DOS 76.8 kg (flowsheet); 60 x 76.8 = 4608; given "
        "4500 mg = -2.3 %. J0256 ceil(4500/10) = 450 JZ, 'entire contents infused; no waste'. Start 1012 / "
        "stop 1055 (24-h without colon). Response in d2 progress note (steady baseline, no hospital stays "
        "in two years, first exacerbation in 14 months). Traps: caregiver's home weight 168 lb (76.2 kg) and "
        "clinic 77.1 kg are weight findings but not nearest DOS; sister ZZ on Aralast (family, not genotype); "
        "Tylenol 500 mg x2 / 650 mg, prednisone 40 mg, doxycycline 100 mg, albuterol; temp 101.1 F; call "
        "times 3:46/3:58/4:02/4:05 PM; appointment 9:20 AM; '~4,600 mg' / '4,500 mg' plan in d2 is a plan "
        "(the d3 4500 is the given amount); arrival 0941, IV 0956, reconstitution 0958-1006, post VS 1100, IV "
        "out 1103, discharge 1110, next infusion 1000; 20 mg/mL and 6.1 mL/min; reference 0.90-2.00 g/L; "
        "CRP 38 mg/L and 3 mg/L; IgA 188 mg/dL; FEV1 0.98 L (only 38 % counts as fev1)."
    ),
}
