D1 = """
RIVERBEND REGIONAL - OUTPATIENT INFUSION CENTER
DAILY CHAIR CENSUS / END-OF-DAY RECONCILIATION          Thu 01/15/2026          Charge RN: T. Whitcomb
Printed 01/15/2026 17:32 by twhitcomb

CHAIR  APPT   PATIENT                 MRN        ORDER / DRUG                                ORD DOSE        START  STOP   LOT            RN
-----  -----  ----------------------  ---------  ------------------------------------------  --------------  -----  -----  -------------  ----
1      08:00  ANDERSEN, Paul          00371904   Gamunex-C (IVIG) 0.4 g/kg                   40 g            08:22  11:40  A1GS0312       KD
2      08:30  TRAN, Lily              00512277   infliximab-dyyb 5 mg/kg q8wk                350 mg          08:51  10:55  5K19204        MS
3      09:00  OKONKWO, Benedict       00288450   iron sucrose                                200 mg          09:14  09:31  2405A11        KD
4      10:30  VELASQUEZ, Marisol      00481225   Prolastin-C Liquid 60 mg/kg weekly          3,840 mg        10:47  11:06  B3K0418        TW
5      10:00  HOLLIS, Raymond         00190033   zoledronic acid                             5 mg            10:09  10:27  H24C771        MS
6      11:00  VELAZQUEZ, Mario A.     00630518   Glassia 60 mg/kg weekly                     5,100 mg        11:14  11:52  LE12P221AA     KD
7      13:00  PRUITT, Annabelle       00402266   Zemaira 60 mg/kg weekly                     4,400 mg        13:20  13:41  P100327710     TW
8      13:30  NGUYEN, Thao            00577121   ocrelizumab 600 mg q6mo                     600 mg          13:58  --     (in progress)  MS
9      14:00  -- open --
10     15:00  BELL, Jerome            00299618   ceftriaxone 2 g (OPAT)                      2 g             15:07  15:38  CB2316         KD

NO-SHOWS / CANCELLATIONS
  Chair 9 14:00 DUNLEAVY, Rose - cancelled by pt (transport), rescheduled 01/16.

NOTES
  - Chairs 4 and 6: similar names (VELASQUEZ / VELAZQUEZ) - two-identifier check done at each scan.
  - Ord Dose column prints the order at the last verified weight; actual given amount is on each
    patient's infusion record.
  - Pharmacy waste log reconciled 17:20 (see individual records).
  - Fridge 2 temp log: 4.1 C at 07:00, 4.3 C at 16:00.
"""

D2 = """
INFUSION NURSING RECORD                                      Riverbend Regional OP Infusion
Patient: VELASQUEZ, Marisol   MRN 00481225   DOB 08/30/1976   Medicaid (Riverbend Health Plan)
Date: 01/15/2026     Chair 4     Attending: Dr. P. Sandoval (Pulmonary)
Allergies: sulfa (rash)

Two identifiers verified (name/DOB) - note similar name in chair 6.

PRE-INFUSION
  Arrival 10:22
  Weight today: 64.2 kg (141.5 lb)
  Vitals 10:28: T 36.9 C, P 84, BP 118/72, RR 16, SpO2 96% RA
  Resp: mild exertional dyspnea at baseline, no wheeze; no fever, no new sputum.
  Screening: no recent infection, no antibiotic in last 2 wks. Not pregnant (post-menopausal).
  PIV 24g R hand placed 10:39, 1 attempt.

MEDICATION
  Order: Prolastin-C Liquid (alpha1-proteinase inhibitor [human]) 60 mg/kg IV weekly
  Dose check today: 60 mg/kg x 64.2 kg = 3,852 mg -> give 3,850 mg (77 mL of 50 mg/mL)
  Product dispensed: Prolastin-C Liquid 4,000 mg/80 mL single-use vial x1
     Lot B3K0418     Exp 06/2027     NDC 13533-0705-80
  AMOUNT ADMINISTERED: 3,850 mg (77 mL)
  Infusion started 10:47 via pump, 0.08 mL/kg/min
  Infusion completed 10:66 -- corrected: completed 11:06 (typo at entry, see time stamp)
  Line flushed with NS 10 mL.

WASTE
  Remaining 3 mL (150 mg) in vial discarded - single-use vial, cannot be saved.
  Wasted in pharmaceutical waste bin, witness K. Dunn RN 11:08.

POST
  Vitals 11:15: P 80, BP 116/70, SpO2 96%
  No infusion reaction, no rash, no chest tightness.
  PIV d/c 11:18, gauze applied. Left unit 11:25 ambulatory.

Other meds today: none given. Home meds reviewed, unchanged (Breo Ellipta 100/25 daily, albuterol prn,
  sertraline 50 mg daily, calcium/vit D 600 mg/400 IU BID).

CHARGES ENTERED
  J0256 x 385 (administered)
  J0256-JW x 20 (waste)
  96365 IV infusion initial hr

Next appt 01/22/2026 10:30 chair 4.
T. Whitcomb, RN  01/15/2026 11:31
"""

D3 = """
Riverbend Pulmonary Clinic - Progress Note
Date of service: 12/11/2025
Patient: Marisol Velasquez    49 y/o F    MRN 00481225
Provider: Pilar Sandoval, MD

CC: 3-month follow-up, alpha-1 antitrypsin deficiency on augmentation

HPI
Ms. Velasquez has alpha-1 antitrypsin deficiency, PI*SZ genotype (ARUP SERPINA1 S/Z genotyping 02/2024),
with serum AAT 48 mg/dL (nephelometry, 01/2024, before any augmentation). CT 01/2024 showed
centrilobular and panlobular emphysema, lower-zone predominant. Prolastin-C Liquid weekly started
03/2024. Since starting augmentation she has had one exacerbation (July 2025, treated as outpatient)
versus four in the year before treatment, and her 6-minute walk distance is unchanged at 380 m. She
says she is "holding steady" and can keep up with her job at the school cafeteria.

Never smoker. Second-hand smoke exposure in childhood. No vaping.
Her mother was told she had "bad lungs from alpha-1" - never tested; her two sons are scheduled for
testing (referral #RF-220914 to genetics).

Meds: Breo Ellipta 100/25 1 inh daily; albuterol HFA prn (uses ~2x/week); sertraline 50 mg daily;
calcium/vit D; Prolastin-C Liquid 60 mg/kg IV weekly.

Vitals: BP 122/74, HR 82, SpO2 95% RA, Wt 66.0 kg (145.5 lb), BMI 25.8

Spirometry today (post-BD): FEV1 1.34 L, 51% predicted; FVC 2.71 L, 80% predicted; FEV1/FVC 0.49.
(Prior 12/2024: FEV1 1.37 L, 52% predicted.)

Exam: decreased breath sounds bilaterally, no wheezes, no crackles. No edema.

Assessment
1. AATD, PI*SZ, with emphysema and moderate-severe airflow obstruction - stable on augmentation.
2. Asthma-COPD overlap not favored; no eosinophilia (AEC 110).

Plan
- Continue Prolastin-C Liquid 60 mg/kg weekly. Medicaid PA #MCD-2025-0091847 approved through 06/30/2026.
- If she loses more than 5% weight, infusion pharmacy to recalculate (expected ~3,850 mg at current trend).
- Repeat spirometry 6 months. Flu and pneumococcal vaccines up to date.
- RTC 3 months.

Pilar Sandoval, MD   12/11/2025 15:07
"""

CHART = {
    "chart_id": "b11-002",
    "date_of_service": "2026-01-15",
    "payer": {"profile": "medicaid", "name": "Riverbend Health Plan (Medicaid managed care)"},
    "prior_authorization": "MCD-2025-0091847",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 385, "modifiers": []},
        {"hcpcs": "J0256", "units": 20, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-01-15", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-01-15", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-12-11", "text": D3},
    ],
}

ARITH = {"profile": "medicaid", "dos_weight_kg": 64.2, "dose_mg": 3850, "waste_mg": 150,
         "expirations": ["2027-06"], "start": "10:47", "end": "11:06", "products": ["Prolastin-C Liquid"]}

GOLD = {
    "chart_id": "b11-002",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "conflict",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["S", "Z"]},
        {"kind": "serum_aat", "value": 48, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 51},
        {"kind": "fev1", "value": 52},
        {"kind": "weight", "value": 64.2, "unit": "kg", "value_kg": 64.2},
        {"kind": "weight", "value": 66.0, "unit": "kg", "value_kg": 66.0},
        {"kind": "dose", "value": 3850},
        {"kind": "wastage", "value": 150},
        {"kind": "lot_number", "value": "B3K0418"},
        {"kind": "expiration_date", "value": "2027-06"},
        {"kind": "infusion_start", "value": "10:47"},
        {"kind": "infusion_end", "value": "11:06"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "MCD-2025-0091847"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "Gap chart (medicaid), 1 gap: JW units do not match the documented waste. Census sheet (d1) lists ten "
        "patients; only the chair-4 row is this patient (VELASQUEZ, Marisol). Chair 6 VELAZQUEZ, Mario is a "
        "different A1PI patient (Glassia 5,100 mg, lot LE12P221AA, 11:14-11:52) and chair 7 another (Zemaira "
        "4,400 mg, P100327710): traps. Census 'ORD DOSE' 3,840 mg is an order at last verified weight, not the "
        "amount given. DOS weight 64.2 kg; 60 x 64.2 = 3852; given 3850 mg (77 mL x 50 mg/mL stated in mg) -> "
        "-0.05 %. Administered units ceil(3850/10) = 385 billed -> met. Waste 150 mg (3 mL) documented; JW "
        "should be floor(150/10) = 15 units but 20 billed -> wastage_documented conflict. Stop time written "
        "'10:66' then corrected in the same line to 11:06 (correction supersedes); census row also shows "
        "10:47-11:06. Exp 06/2027 -> 2027-06, after DOS. Genotype PI*SZ: medicaid accepts SZ. PA in the "
        "note and chart field; referral #RF-220914 is not a PA. Other traps: 4,000 mg/80 mL vial, NDC, "
        "'expected ~3,850 mg' plan, other patients' IVIG 40 g / infliximab 350 mg / etc., sertraline 50 mg, "
        "arrival 10:22, PIV 10:39, waste witness 11:08, vitals 10:28/11:15, PIV d/c 11:18, left 11:25, next "
        "appt 10:30; older weight 66.0 kg (145.5 lb) from 12/11 is a finding but not nearest DOS; mother's "
        "unconfirmed 'bad lungs from alpha-1' (family)."
    ),
}
