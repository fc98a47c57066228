CHART = {
    "chart_id": "b6-013",
    "date_of_service": "2026-08-12",
    "payer": {"profile": "medicaid", "name": "Pennsylvania Medical Assistance - Keystone First"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 650, "modifiers": ["JZ"]}
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-08-10", "text": """
KEYSTONE SPECIALTY PHARMACY - DISPENSING RECORD / SHIPPING MANIFEST
1200 Industrial Hwy, Eddystone PA 19022     DEA/NPI on file
------------------------------------------------------------------
Rx #: 4471093        Order #: KSP-2608-55102      Ship date: 08/10/26
Patient: DELACROIX-WHEATON, BERNADETTE   DOB: 06/09/1963
Prescriber: Samuel Oduya, MD - Summit Pulmonary Associates
Ship to: Summit Pulmonary Associates - Office Infusion Suite
         (provider-administered, white-bag; patient-specific)
Payer: PA MA / Keystone First - PA # 26-MCD-114487

Drug: ARALAST NP (alpha1-proteinase inhibitor, human), lyophilized
Sig: 60 mg/kg IV every week. Weight on Rx: 242 lb.
     Dose: 6,500 mg (rounded to whole vials).
Dispense: 6 x 1 g vials + 1 x 0.5 g vial, with diluent and transfer
          devices; 1 dose (7-day supply)

Item                          NDC            Qty  Lot       Exp
Aralast NP 1 g (50 mL SWFI)   0944-2815-02   6    LE128A    06/30/2027
Aralast NP 0.5 g (25 mL SWFI) 0944-2814-02   1    LD993C    02/28/2027
0.9% NaCl 10 mL flush         n/a            4    N24F118   09/2027
Filter set 5 micron           n/a            1    -         -

Storage: 2-8 C or room temp up to 25 C; do not freeze.
Packed: 08/10/26 14:22 by T. Nguyen, CPhT. Verified: A. Rossi, RPh.
Shipped UPS Next Day, cold-chain validated box, 2 gel packs.
Received at clinic: 08/11/26 10:05 (signed J. Marsh, MA), temp OK.
"""},
        {"id": "d2", "type": "infusion_record", "date": "2026-08-12", "text": """
SUMMIT PULMONARY ASSOCIATES - OFFICE INFUSION NURSING RECORD
Patient: Bernadette Delacroix-Wheaton   DOB 06/09/1963   Acct 300917
Date: 08/12/2026    Nurse: Rachel Kominski, RN    Chair 2

Check-in 12:40 PM. Weight 242 lb (office scale). T 98.0 F, BP 136/84,
HR 80, RR 18, SpO2 94% RA. Denies fever/infection. No reaction history.
IV: 22 g L forearm, placed 12:58 PM, +blood return.

MEDICATION: Aralast NP (alpha1-proteinase inhibitor, human)
  Reconstituted at chairside 1:00 PM: 6 x 1 g vials + 1 x 0.5 g vial
  (white-bag supply, Rx 4471093).
  Dose administered: 6,500 mg IV (325 mL, 20 mg/mL)
  1 g vials: Lot LE123A  Exp 06/30/2027
  0.5 g vial: Lot LD993C  Exp 02/28/2027
  Start 1:15 PM   Stop 2:04 PM   Rate 400 mL/hr max, run at 400 mL/hr
  after 10 min at 200 mL/hr. 0.2/5 micron filter.
  Waste: none (all 7 vials reconstituted and fully infused).

Monitoring: 1:30 PM BP 134/80 HR 78; 1:50 PM BP 130/82 HR 76; 2:10 PM
BP 132/80 HR 76, SpO2 95%. No flushing, urticaria, dyspnea.
Also given: diphenhydramine 25 mg PO 12:55 PM (pt request - pruritus with
prior infusions, none today).
PIV out 2:12 PM. Discharged 2:20 PM ambulatory.
Next infusion 08/19/2026 1:00 PM.

Rachel Kominski, RN  08/12/2026 2:31 PM

ADDENDUM 08/12/2026 3:20 PM - Rachel Kominski, RN
Lot number for the 1 g vials was entered in error as LE123A. Corrected
to LE128A per vial carton and pharmacy manifest. 0.5 g lot LD993C is
correct. No other changes.
"""},
        {"id": "d3", "type": "progress_note", "date": "2026-08-12", "text": """
Summit Pulmonary Associates                         Progress Notes
Patient: Bernadette Delacroix-Wheaton   DOB: 06/09/1963   63 Y F
Provider: Samuel Oduya, MD              Date: 08/12/2026
Insurance: Keystone First (PA Medical Assistance)

Reason for Appointment
1. 3-month f/u AATD, infusion today

History of Present Illness
Alpha-1:
63 yo female with alpha-1 antitrypsin deficiency (PI*ZZ, AAT 26 mg/dL in
2019), centrilobular + panlobular emphysema on CT, former smoker (quit
2019 at diagnosis, 25 pk-yr). On Aralast NP weekly in our office since
10/2019. She feels her breathing is "holding steady." One exacerbation in
the past year (01/2026, outpatient). Tolerates Aralast NP well; the
pruritus she had with early infusions has resolved. Walks in the mall
30 min 4x/week. Weight stable.

Current Medications
Trelegy Ellipta 200-62.5-25 mcg 1 inh daily; albuterol HFA prn;
losartan 50 mg daily; atorvastatin 20 mg; semaglutide 1 mg SC weekly
(stopped 03/2026); Aralast NP IV weekly.

Vital Signs
Ht 64 in, Wt 242 lbs, BMI 41.5, BP 136/84, HR 80, SpO2 94%.

Examination
Obese, NAD. Distant breath sounds, no wheeze. No edema.

Assessments
1. Alpha-1-antitrypsin deficiency - E88.01 - stable on therapy
2. Emphysema - J43.9
3. Obesity, class III - E66.813
4. OSA - on CPAP

Treatment
1. Alpha-1-antitrypsin deficiency
   Response: stable - FEV1 1.21 L (51% predicted) 06/2026 vs 1.24 L
   (52% predicted) 06/2025; exacerbations 1/yr vs 3/yr before therapy.
   Continue Aralast NP 60 mg/kg weekly (242 lb = 109.8 kg; 6,588 mg
   calculated, 6,500 mg given as whole vials). PA # 26-MCD-114487 valid
   through 03/31/2027.
2. Emphysema: continue Trelegy. Pulmonary rehab completed 2025.
3. Obesity: nutrition referral; if BMI falls below 35 will recalc dose.

Follow Up
3 months

Electronically signed by Samuel Oduya, MD on 08/12/2026 at 01:48 PM
"""},
        {"id": "d4", "type": "lab_report", "date": "2019-09-04", "text": """
CLINICAL PATHOLOGY LABORATORIES - REFERENCE LAB
Patient: DELACROIX-WHEATON, BERNADETTE     DOB: 06/09/1963     F
Physician: ODUYA, SAMUEL      Collected: 08/28/2019 09:10
Received: 08/29/2019          Reported: 09/04/2019 FINAL

ALPHA-1-ANTITRYPSIN, QUANTITATIVE (nephelometry)
    26 mg/dL            LOW          Ref: 100-190 mg/dL

ALPHA-1-ANTITRYPSIN GENOTYPE (PI*S / PI*Z, PCR)
    PI*ZZ               ABNORMAL     Ref: PI*MM (no S or Z detected)
    Z allele (c.1096G>A) homozygous; S allele not detected.

IMMUNOGLOBULIN A
    264 mg/dL                        Ref: 70-400 mg/dL

HEPATIC FUNCTION PANEL
    ALT 28 U/L   AST 25 U/L   ALK PHOS 96 U/L   T BILI 0.5 mg/dL
    (all within reference limits)

C-REACTIVE PROTEIN, HIGH SENSITIVITY
    2.8 mg/L                         Ref: <3.0 mg/L

Comment: Quantitative AAT by nephelometry. Results from patients already
receiving augmentation therapy cannot be used to assess baseline level.
Reviewed/released by: M. Castellanos, MD, Laboratory Director
"""},
    ],
}

GOLD = {
    "chart_id": "b6-013",
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
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 26, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 51},
        {"kind": "fev1", "value": 52},
        {"kind": "weight", "value": 242, "unit": "lb", "value_kg": 109.8},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Aralast NP"},
        {"kind": "dose", "value": 6500},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "LE128A"},
        {"kind": "lot_number", "value": "LD993C"},
        {"kind": "expiration_date", "value": "2027-06-30"},
        {"kind": "expiration_date", "value": "2027-02-28"},
        {"kind": "infusion_start", "value": "13:15"},
        {"kind": "infusion_end", "value": "14:04"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "26-MCD-114487"},
    ],
    "notes": (
        "Specialty-pharmacy dispensing record / shipping manifest (white bag, NDC, lot/exp per item) + office infusion "
        "nursing record with a lot-correction addendum + eCW-style progress note + reference-lab report. Complete chart. "
        "Two product lots (1 g vials and 0.5 g vial) -> two lot and two expiration findings; both expirations after DOS. "
        "The nurse's 'LE123A' was corrected by addendum to LE128A -> LE123A is not a finding. Flush lot N24F118 is not the product. "
        "Weight only in lb: 242 x 0.45359237 = 109.77 -> 109.8 kg; 60 x 109.8 = 6588; dose 6500 -> -1.3% -> met. "
        "J0256 ceil(6500/10)=650 = 650 JZ; 'Waste: none' -> met. Times 1:15 PM -> 13:15, 2:04 PM -> 14:04. "
        "Traps: calculated 6,588 mg, 'if BMI falls below 35 will recalc' (hypothetical), diphenhydramine 25 mg 12:55, "
        "semaglutide 1 mg (stopped), check-in 12:40, PIV 12:58/2:12, reconstitution 1:00, monitoring 1:30/1:50/2:10, "
        "discharge 2:20, next infusion 08/19 1:00 PM, pack/receive times, reference genotype PI*MM. "
        "[calc] dos_weight_kg=109.8"
    ),
}
