# b7-003: pulmonology clinic visit documented by a medical scribe (attestation), in-office Glassia infusion.
# Medicaid managed care (Molina). Glassia J0257 + JW. Weight in lb only. PI*SZ with low level. Complete.

SCRIBE_NOTE = """
NORTHGATE PULMONARY & SLEEP ASSOCIATES
Office Visit - Established Patient
Patient: Rosalind Tibbets     DOB: 11/29/1961     Acct: 4471902
Date of service: 12/04/2025     Provider: Anand Kulkarni, MD
Insurance: Molina Healthcare of Ohio (Medicaid)   Member ID: 1029384756

Scribed for Anand Kulkarni, MD by Jessica Tran, Medical Scribe, on 12/04/2025 at 10:14 AM.

CHIEF COMPLAINT: 3-month follow-up AATD / emphysema; weekly Glassia infusion today.

HISTORY OF PRESENT ILLNESS:
Ms. Tibbets is a 64-year-old woman with alpha-1 antitrypsin deficiency, PI*SZ genotype,
serum AAT 48 mg/dL at diagnosis (01/2023), and emphysema, here for routine follow up and
her weekly augmentation infusion in our infusion suite. She states her breathing has been
"about the same, maybe a little better than last winter." She had one flare in 06/2025
treated with prednisone and doxycycline by urgent care; prior to starting Glassia (03/2023)
she was having roughly 4 flares a year. Uses albuterol about twice a week. Sleeps on 1
pillow. Denies chest pain, ankle swelling, fevers, night sweats. No reactions to infusions.
She is walking at the Y 3 days a week, 20 minutes on the treadmill.

She asks whether her son needs treatment - he was tested in 10/2025 and is PI*MS; Dr.
Kulkarni explained MS carriers are not treated with augmentation.

PAST MEDICAL HISTORY: AATD (E88.01); centrilobular and panlobular emphysema (J43.8);
COPD; hypothyroidism; osteoarthritis knees; anxiety.
MEDICATIONS: Breztri Aerosphere 2 puffs BID; albuterol HFA PRN; levothyroxine 88 mcg
daily; sertraline 50 mg daily; meloxicam 7.5 mg daily PRN; Glassia 60 mg/kg IV weekly.
ALLERGIES: Sulfa (rash).
SOCIAL HISTORY: Former smoker, 20 pack-years, quit 2009. No vaping. Lives alone, retired
school bus driver.
FAMILY HISTORY: Mother died at 71 with "emphysema," never tested. Son PI*MS (10/2025).

REVIEW OF SYSTEMS: 12-point ROS negative except as in HPI.

VITALS: BP 128/78 | HR 82 | RR 18 | SpO2 95% RA | Temp 97.9 F | Wt 162 lb | BMI 27.8

PHYSICAL EXAM:
General: Pleasant, no acute distress.
Lungs: Decreased breath sounds at both bases, no wheezes, no crackles.
Cardiac: Regular rate and rhythm, no murmur.
Extremities: No clubbing, cyanosis, or edema.

OFFICE SPIROMETRY TODAY (post-bronchodilator):
FEV1 1.42 L (49% predicted); FVC 2.61 L (72% predicted); FEV1/FVC 0.54
Compared with 12/2024: FEV1 1.45 L (50%). Decline ~30 mL/yr, consistent with prior trend.

ASSESSMENT AND PLAN:
1. Alpha-1 antitrypsin deficiency, PI*SZ, on weekly Glassia since 03/2023.
   - Responding to augmentation: exacerbations down from ~4/yr to 1 in the past 12
     months, FEV1 essentially stable (1.45 -> 1.42 L over 12 months).
   - Continue Glassia 60 mg/kg IV weekly; infusion today in suite (see nursing record).
   - Prior auth # 1K92-44710 on file, approved 09/02/2025 - 09/01/2026.
2. Emphysema / COPD - continue Breztri. Refer pulmonary rehab again (declined 2024).
3. Vaccines - RSV given 10/2025, flu 9/2025, PCV20 2023.
4. Follow up 3 months with spirometry. Repeat CT chest due 03/2026.

ATTESTATION: I, Anand Kulkarni, MD, personally performed the services described in this
documentation, as scribed by Jessica Tran in my presence, and it is both accurate and
complete.
Electronically signed by Anand Kulkarni, MD 12/04/2025 12:31 PM
"""

NURSING = """
NORTHGATE PULMONARY - INFUSION SUITE NURSING RECORD
Pt: TIBBETS, ROSALIND   DOB 11/29/1961   DOS 12/04/2025   Chair 3
Ordering MD: A. Kulkarni   RN: Rebecca Ortiz, RN

PRE-INFUSION
Arrived suite 10:31. ID x2 verified. Allergies reviewed (sulfa).
Weight: 162 lb (office scale)   Height: 64 in
Pre VS 10:40  BP 126/76  HR 80  RR 18  T 97.8 F  SpO2 95% RA
PIV 22g R hand, 1 attempt, 10:44, + blood return.

ORDER / PHARMACY
Glassia [alpha-1 proteinase inhibitor (human)] 60 mg/kg IV
  Dosing wt 73.5 kg x 60 mg/kg = 4,410 mg -> 4,400 mg (220 mL at 20 mg/mL)
  Vials: Glassia 1 g/50 mL x 5 opened   Lot LE43B017   Exp 08/2026
  In-line 5 micron filter used. Rate max 0.2 mL/kg/min (14.7 mL/min).

ADMINISTRATION
Dose given: 4,400 mg / 220 mL
Infusion started 10:52 at 10 mL/min.   Infusion completed 11:14.
VS 11:07  BP 124/74  HR 78  SpO2 96%
Post VS 11:30  BP 122/74  HR 76  RR 16  SpO2 96%
No flushing, urticaria, dyspnea, or back pain. Pt tolerated well.
PIV d/c'd 11:32, tip intact, site WNL.

WASTE
Unused Glassia 30 mL (600 mg) from 5th vial discarded in pharmaceutical waste bin at
11:16. Witness: Kim Bradley, LPN.

EDUCATION: Reviewed s/s of delayed reaction (fever, chills, rash), when to call.
Next infusion: 12/11/2025 10:30.
Rebecca Ortiz, RN  12/04/2025 11:40
"""

LAB = """
LABCORP                                              PATIENT REPORT
Specimen ID: 018-554-2291-0      Control ID: 5510398
Patient: TIBBETS, ROSALIND       DOB: 11/29/1961   Sex: F
Ordering Physician: KULKARNI, A  Account: NORTHGATE PULMONARY
Date Collected: 01/18/2023       Date Reported: 01/26/2023

TESTS                                  RESULT        FLAG    UNITS     REFERENCE INTERVAL
Alpha-1-Antitrypsin, Serum             48            Low     mg/dL     90-200
Alpha-1-Antitrypsin Genotype (DNA)
  S allele (c.863A>T)                  DETECTED
  Z allele (c.1096G>A)                 DETECTED
  Genotype                             PI*SZ
  Interpretation: Compound heterozygous for the S and Z alleles. Individuals with the SZ
  genotype have moderately reduced serum AAT and increased risk of emphysema, especially
  with smoking. This assay detects only the S and Z alleles; rare and null alleles are
  not detected.
C-Reactive Protein, Quant              2             -       mg/L      0-10
TSH                                    2.110                 uIU/mL    0.450-4.500
CBC With Differential/Platelet
  WBC                                  7.4                   x10E3/uL  3.4-10.8
  Hemoglobin                           14.6                  g/dL      11.1-15.9
  Platelets                            238                   x10E3/uL  150-450
  Eos (Absolute)                       0.2                   x10E3/uL  0.0-0.4
Comp. Metabolic Panel (14)
  Glucose                              94                    mg/dL     70-99
  Creatinine                           0.81                  mg/dL     0.57-1.00
  eGFR                                 79                    mL/min    >59
  AST (SGOT)                           21                    IU/L      0-40
  ALT (SGPT)                           17                    IU/L      0-32
  Albumin                              4.4                   g/dL      3.8-4.9

Lab: LabCorp Dublin, 6370 Wilcox Rd, Dublin OH 43016   Dir: Sanjay Rao, MD
"""

CHART = {
    "chart_id": "b7-003",
    "date_of_service": "2025-12-04",
    "payer": {"profile": "medicaid", "name": "Molina Healthcare of Ohio (Medicaid managed care)"},
    "claim_lines": [
        {"hcpcs": "J0257", "units": 440, "modifiers": []},
        {"hcpcs": "J0257", "units": 60, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-12-04", "text": SCRIBE_NOTE},
        {"id": "d2", "type": "infusion_record", "date": "2025-12-04", "text": NURSING},
        {"id": "d3", "type": "lab_report", "date": "2023-01-26", "text": LAB},
    ],
}

GOLD = {
    "chart_id": "b7-003",
    "profile": "medicaid",
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
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["S", "Z"]},
        {"kind": "serum_aat", "value": 48, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 49},
        {"kind": "fev1", "value": 50},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 162, "unit": "lb", "value_kg": 73.5},
        {"kind": "drug_product", "value": "Glassia"},
        {"kind": "dose", "value": 4400},
        {"kind": "wastage", "value": 600},
        {"kind": "lot_number", "value": "LE43B017"},
        {"kind": "expiration_date", "value": "2026-08"},
        {"kind": "infusion_start", "value": "10:52"},
        {"kind": "infusion_end", "value": "11:14"},
        {"kind": "prior_authorization", "value": "1K92-44710"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Medicaid managed care. Genotype PI*SZ (DNA) -> [S,Z], deficient pair for medicaid; serum 48 mg/dL < 57. "
        "Weight written only in lb: 162 lb x 0.45359237 = 73.48 -> 73.5 kg. 60 x 73.5 = 4410, tolerance 441 -> "
        "3969..4851; dose 4400 -> met. J0257 administered units ceil(4400/10) = 440 = billed. Waste 600 mg -> "
        "JW floor(600/10) = 60 = billed JW 60 -> met. Glassia on J0257 -> code_selection met. "
        "PA 1K92-44710 written in the scribed note (chart has no prior_authorization field). "
        "FEV1 49% (today, post-BD) and 50% (12/2024) both findings. Son PI*MS is family (no finding). "
        "Traps: dosing weight 73.5 kg calc 4,410 mg; 5 vials = 5 g opened; 220 mL; 20 mg/mL; rate 14.7 mL/min; "
        "scribe timestamp 10:14 AM, arrival 10:31, VS 10:40/11:07/11:30, PIV 10:44, waste 11:16, PIV d/c 11:32, "
        "next infusion 12/11 10:30, attestation signature 12:31 PM; other drugs levothyroxine 88 mcg, sertraline 50 mg, "
        "meloxicam 7.5 mg; 'Glassia 60 mg/kg IV weekly' is an order; lab education text about SZ is general."
    ),
}
