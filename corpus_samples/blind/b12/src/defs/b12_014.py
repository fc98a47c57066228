# b12-014  medicare  complete
# Style (own): infusion-pump event log from a second vendor (Spectrum IQ style, 24 h with seconds,
# secondary piggyback, hold/resume) + printed therapy plan with "do not round" rule + progress
# note that carries a copied-forward block from the previous infusion.
# Aralast NP 5,160 mg, waste 340 mg; J0256 x516 + J0256-JW x34.

_pump = """SPECTRUM IQ INFUSION SYSTEM - DEVICE EVENT LOG (IQ Enterprise Connectivity Suite)
Site: HIGHLAND VALLEY HOSPITAL - INFUSION CENTER    Device SN: SIQ-0471192    Library: HVH-2026.01
Associated patient: HUTCHINS, BEVERLY A   MRN HV-0318846   Acct 90021733   Export 02/17/2026 11:05:12
-----------------------------------------------------------------------------------------------------
Date        Time      Line   Event                    Details
----------  --------  -----  -----------------------  -------------------------------------------------
2026-02-17  09:12:05  --     Power up                 POST OK; battery 96%
2026-02-17  09:14:30  --     Patient association      MRN HV-0318846 via EHR (barcode)
2026-02-17  09:30:51  PRI    Program (auto)           0.9% Sodium Chloride 500 mL  rate 30 mL/h  VTBI 50 mL
2026-02-17  09:31:10  PRI    Start                    0.9% NaCl 30 mL/h (line prime / KVO)
2026-02-17  09:38:02  SEC    Program (auto)           ALPHA-1 PROTEINASE INHIBITOR (ARALAST NP) 5160 mg in 258 mL
                                                      Dose mode: 60 mg/kg x 86.0 kg; rate 410 mL/h; VTBI 258 mL
2026-02-17  09:38:40  SEC    Dose limit check         PASS (soft max 66 mg/kg; rate max 0.08 mL/kg/min = 413 mL/h)
2026-02-17  09:39:57  SEC    Confirm                  User HV-RN-2215 (MPELLETIER)
2026-02-17  09:40:22  SEC    Start                    ARALAST NP 410 mL/h, VTBI 258 mL; PRI on hold
2026-02-17  09:52:16  SEC    Hold (user)              Volume infused 80.9 mL - pt repositioning, arm flexed
2026-02-17  09:53:05  SEC    Resume                   410 mL/h, VTBI remaining 177.1 mL
2026-02-17  10:08:40  --     Downstream occlusion     Alarm cleared 10:08:58 (no hold > 30 s)
2026-02-17  10:19:47  SEC    VTBI complete            Volume infused 258.0 mL; callback to PRI
2026-02-17  10:19:47  PRI    Resume                   0.9% NaCl 30 mL/h
2026-02-17  10:22:10  PRI    Rate change              200 mL/h (flush 25 mL)
2026-02-17  10:29:45  PRI    Stop                     Volume infused PRI 28.6 mL total
2026-02-17  10:30:02  --     Patient disassociation
2026-02-17  10:31:15  --     Power down
-----------------------------------------------------------------------------------------------------
Summary: SEC ARALAST NP 258.0 mL delivered; PRI 0.9% NaCl 28.6 mL. Alarms: 1 (occlusion, cleared).
Device-reported doses are programmed values from the EHR order.
"""

_plan = """HIGHLAND VALLEY HOSPITAL - THERAPY PLAN PRINT                            02/17/2026 09:26
Plan: ALPHA-1 ANTITRYPSIN AUGMENTATION - ARALAST NP - WEEKLY             Status: Active
Patient: HUTCHINS, BEVERLY A   MRN HV-0318846   DOB 07/09/1957   Medicare (Palmetto JM)
Provider: Deepa Raghunathan, MD   Plan start 05/2021   Diagnoses: E88.01, J43.1

Session: 02/17/2026 (Day 1 of weekly cycle)                   Release: 09:22 by D. Raghunathan MD
Weight today: 86.0 kg (09:05, standing)   Previous dosing weight: 85.0 kg (02/10/2026)
   -> change 1.2% (< 5%): dose recalculated to today's weight per plan default

ORDERS THIS SESSION
 1. alpha-1-proteinase inhibitor, human (ARALAST NP) IV
      60 mg/kg x 86.0 kg = 5,160 mg (calculated)
      Allowed range 54-66 mg/kg (4,644 - 5,676 mg)
      Dose rounding: DO NOT ROUND - prepare exact calculated dose; document discarded
        remainder (single-dose vials) for JW billing
      Vials: 1,000 mg and 500 mg; choose the smallest combination >= dose
        (5 x 1,000 mg + 1 x 500 mg = 5,500 mg)
      Reconstitute: 1,000 mg/50 mL, 500 mg/25 mL SWFI (20 mg/mL). Use within 3 h.
      Rate <= 0.08 mL/kg/min (413 mL/h at 86.0 kg)
 2. sodium chloride 0.9% 500 mL IV at 30 mL/h KVO; flush 25 mL after infusion
 3. PRN: diphenhydramine 25 mg IV; EPINEPHrine 0.3 mg IM; hydrocortisone 100 mg IV
 4. Hold parameters: T >= 38.0 C; SBP < 90; new O2 requirement; exacerbation on steroids
    or antibiotics within 7 days; prior dose reaction requiring epinephrine.

PHARMACY / ADMINISTRATION RECORD (this session)
  Verified 09:27 - Gaines, T. PharmD
  Vials: Aralast NP 1,000 mg x 5 - Lot LH25D310  Exp 2027-01-31
         Aralast NP 500 mg x 1   - Lot LG25E072  Exp 2026-12-31
  Prepared 09:28-09:36; 5,160 mg (258 mL) drawn. Remainder 340 mg (17 mL) wasted -
    witness T. Gaines PharmD / M. Pelletier RN 09:37.
  Administered: 5,160 mg IV - start 09:40, end 10:19 (pump SEC line) - M. Pelletier RN
  Reaction: none.    PIV 20 g R FA 09:16, removed 10:41.
"""

_note = """HIGHLAND VALLEY PULMONARY - INFUSION-DAY PROGRESS NOTE
Date: 02/17/2026         Provider: Deepa Raghunathan, MD
Patient: Beverly A. Hutchins, 68 F     MRN HV-0318846     Medicare

S: Seen in the infusion center before today's Aralast NP. She feels well. She had a cold
   three weeks ago without a flare. No antibiotics or steroids since 09/2025. Walking
   30 minutes on the treadmill 4 days a week. Sleeping well.

*** Last infusion (copied from 02/10/2026 infusion record) ***
    Aralast NP 5,100 mg IV, lot LH25C998 exp 2026-11-30, 09:31-10:08, wt 85.0 kg,
    waste 400 mg; no reaction.
*** end copied text ***

PMH: alpha-1 antitrypsin deficiency (Pi Z/Mmalton - SERPINA1 sequencing 2020: Z allele
c.1096G>A and Mmalton c.226_228delTTC); panlobular emphysema; osteoporosis; GERD;
former smoker (10 pack-years, quit 1990).
Family: mother had "emphysema" at 60; her daughter is PI*MZ.

Medications: budesonide/formoterol 160/4.5 BID; tiotropium 2.5 mcg daily; albuterol PRN;
denosumab 60 mg every 6 months (last 12/2025); omeprazole 20 mg; Aralast NP weekly.

O: Weight 86.0 kg. BP 128/76, HR 72, RR 16, SpO2 95% RA. Lungs: mildly decreased at the
   bases, no wheeze, no crackles.

Data:
 - Serum AAT at diagnosis (2020): 9.6 umol/L (ref 20-48).
 - CT chest 2020: bilateral lower-lobe panlobular emphysema; 2024 CT unchanged.
 - PFT 01/2026: FEV1 1.31 L (49% predicted), FEV1/FVC 0.51, DLCO 52%.
   01/2025: FEV1 1.33 L (50% predicted).
 - AAT trough 12/2025 on therapy: 12.1 umol/L.

A/P:
1. AATD (Z/Mmalton) with panlobular emphysema on augmentation - doing well on therapy:
   no exacerbation in 17 months, FEV1 stable (50% -> 49%), exercise tolerance maintained,
   no infusion reactions. Proceed with today's dose per plan (weight 86.0 kg).
2. Osteoporosis - denosumab per endocrinology.
3. Follow up 6 months with PFTs.

Deepa Raghunathan, MD   02/17/2026 09:24 (signed 11:40)
"""

CHART = {
    "chart_id": "b12-014",
    "date_of_service": "2026-02-17",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Palmetto JM)"},
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0256", "units": 516, "modifiers": []},
        {"hcpcs": "J0256", "units": 34, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-02-17", "text": _pump},
        {"id": "d2", "type": "infusion_record", "date": "2026-02-17", "text": _plan},
        {"id": "d3", "type": "progress_note", "date": "2026-02-17", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-014",
    "profile": "medicare",
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
        "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "MMALTON"]},
        {"kind": "serum_aat", "value": 9.6, "unit": "uM"},
        {"kind": "serum_aat", "value": 12.1, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 49},
        {"kind": "fev1", "value": 50},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 86.0, "unit": "kg", "value_kg": 86.0},
        {"kind": "weight", "value": 85.0, "unit": "kg", "value_kg": 85.0},
        {"kind": "dose", "value": 5160},
        {"kind": "wastage", "value": 340},
        {"kind": "lot_number", "value": "LH25D310"},
        {"kind": "lot_number", "value": "LG25E072"},
        {"kind": "expiration_date", "value": "2027-01-31"},
        {"kind": "expiration_date", "value": "2026-12-31"},
        {"kind": "infusion_start", "value": "09:40"},
        {"kind": "infusion_end", "value": "10:19"},
        {"kind": "response_to_therapy"},
        {"kind": "drug_product", "value": "Aralast NP"},
    ],
    "notes": (
        "Complete. Pump log: secondary line start 09:40:22, user hold 09:52:16 / resume 09:53:05 "
        "(not a stop), occlusion alarm 10:08, VTBI complete 10:19:47 -> 09:40 / 10:19 (the plan's "
        "administration record says 'start 09:40, end 10:19'); primary KVO/flush 09:31-10:29, power, "
        "association and program times are not infusion times. Copied-forward block in the progress "
        "note (02/10: 5,100 mg, lot LH25C998, 09:31-10:08, waste 400 mg) is an earlier visit and does "
        "not count; its weight 85.0 kg is a historical weight (also the plan's previous dosing weight). "
        "Exact dose 5,160 mg from 5,500 mg of vials (smallest combination); waste 340 mg -> JW "
        "floor(34.0) = 34, admin ceil(516.0) = 516. Genotype Z/Mmalton -> [Z, MMALTON]. Mother's "
        "'emphysema' and daughter PI*MZ are family. Trough 12.1 umol/L on therapy is listed; baseline "
        "9.6 umol/L meets the threshold. Denosumab, PRN hydrocortisone are other drugs."
    ),
}

ARITH = {
    "dos": "2026-02-17",
    "profile": "medicare",
    "product": "Aralast NP",
    "code": "J0256",
    "weight": {"value": 86.0, "unit": "kg", "kg": 86.0},
    "dose_mg": 5160,
    "target_mg": 5160.0,
    "deviation_pct": 0.0,
    "vials": [{"nominal_mg": 1000, "labeled_mg": 1000, "lot": "LH25D310"}] * 5
             + [{"nominal_mg": 500, "labeled_mg": 500, "lot": "LG25E072"}],
    "waste_mg": 340,
    "admin_units_expected": 516,
    "billed_admin_units": 516,
    "jw_units_expected": 34,
    "billed_jw_units": 34,
    "modifier_expectation": "JW line x34; smallest vial combination 5 x 1,000 + 1 x 500",
    "lots": [
        {"lot": "LH25D310", "exp": "2027-01-31", "expired": False},
        {"lot": "LG25E072", "exp": "2026-12-31", "expired": False},
    ],
}
