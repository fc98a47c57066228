"""b27-002: medicaid, 2 gaps. Styles (2) Meditech Expanse-style Medication Administration History
(three weekly blocks of the same order, other drugs, a not-given entry) and (3) telephone
prior-authorization call log (renewal pended, no number issued). Prolastin-C Liquid 5,500 mg, one
of three vials expired; J0256 550 JZ."""

CHART_ID = "b27-002"
DOS = "2026-02-12"
PAYER = {"profile": "medicaid", "name": "Keystone Community Health (Medicaid MCO)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 550, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
RUN DATE: 02/13/26              VALLEY REGIONAL MEDICAL CENTER - LIVE                PAGE 1
RUN TIME: 0614                MEDICATION ADMINISTRATION HISTORY
RUN USER: HIM.RLUNA                 Date Range: 01/29/26 - 02/12/26

PATIENT: OSEI-BONSU,REGINALD K          ACCOUNT NO: V00287651042     LOC: OP INFUSION
AGE/SEX: 58/M                           UNIT NO:    M000448120       RM/BED: INF-07
ATTEND:  Halvorsen,Ingrid MD            REG DATE:   01/29/26         STATUS: REC SER
ALLERGIES: Sulfonamide Antibiotics - Rash
HT: 182.9 cm       WT: 92.3 kg (02/12/26 0902)        BSA: 2.16 m2

Key: Admin Dose = ordered dose for the administration; Doc Dose = amount documented
as given; Given Qty = dispensable units used. Reason codes: PTREF patient refused,
HOLD held per protocol, NN not needed, OVR-EXP expiry scan alert overridden.
==========================================================================================
ALPHA-1 PI (PROLASTIN-C LIQUID) 50 MG/ML INJ                             Rx# 0871144
  Sig: 60 MG/KG IV Q7D (~15-20 MIN)   Order Start: 01/29/26 0900   Stop: 04/23/26 2359
  Pharmacy dose note: 5500 MG (92 KG x 60 = 5520 MG, rounded to vial sizes)
  ----------------------------------------------------------------------------------------
  01/29/26 0945  Admin Dose: 60 MG/KG    Doc Dose: 5500 MG    Given Qty: 3 VIAL
                 Site: R FOREARM PIV    Route: IV
                 Lot: 2N1860, 2N1907, 2K0388       Exp: 06/30/27, 06/30/27, 12/31/26
                 Reason Codes:
                 Start: 0945   Stop: 1004   Waste Amt: 0 MG
                 Doc: 01/29/26 1012 TRN.KMWANGI
  02/05/26 0951  Admin Dose: 60 MG/KG    Doc Dose: 5500 MG    Given Qty: 3 VIAL
                 Site: R HAND PIV       Route: IV
                 Lot: 2N1860, 2N1907, 2K0388       Exp: 06/30/27, 06/30/27, 12/31/26
                 Reason Codes:
                 Start: 0951   Stop: 1011   Waste Amt: 0 MG
                 Doc: 02/05/26 1030 TRN.LPARDO
  02/12/26 0938  Admin Dose: 60 MG/KG    Doc Dose: 5500 MG    Given Qty: 3 VIAL
                 Site: L FOREARM PIV    Route: IV
                 Lot: 2P0063, 2N1907, 2K0415       Exp: 08/31/27, 06/30/27, 01/31/26
                 Reason Codes: OVR-EXP (lot 2K0415 - alert overridden, TRN.KMWANGI)
                 Start: 0938   Stop: 0959   Waste Amt: 0 MG
                 Doc: 02/12/26 1021 TRN.KMWANGI      Scanned: 02/12/26 0931
==========================================================================================
ACETAMINOPHEN 325 MG TAB                                                  Rx# 0871145
  Sig: 650 MG PO ONCE PRE-INFUSION each visit
  ----------------------------------------------------------------------------------------
  02/05/26 0925  Admin Dose: 650 MG      Doc Dose: 650 MG     Given Qty: 2 TAB
                 Site:                  Route: PO
                 Lot: 4KD0291           Exp: 10/31/27
                 Reason Codes:
  02/12/26 0915  Admin Dose: 650 MG      Doc Dose: 650 MG     Given Qty: 2 TAB
                 Site:                  Route: PO
                 Lot: 4KD0291           Exp: 10/31/27
                 Reason Codes:
==========================================================================================
DIPHENHYDRAMINE 50 MG/ML INJ                                              Rx# 0871146
  Sig: 25 MG IV ONCE PRN pre-infusion itching/hives
  ----------------------------------------------------------------------------------------
  02/12/26 0916  Admin Dose: 25 MG       Doc Dose: NOT GIVEN  Given Qty: 0
                 Site:                  Route: IV
                 Lot:                   Exp:
                 Reason Codes: PTREF ("makes me too sleepy to drive home")
==========================================================================================
SODIUM CHLORIDE 0.9% FLUSH SYRINGE 10 ML                                  Rx# 0871147
  Sig: 10 ML IV PRN line care
  ----------------------------------------------------------------------------------------
  02/12/26 0936  Admin Dose: 10 ML       Doc Dose: 10 ML      Given Qty: 1 SYR
  02/12/26 1000  Admin Dose: 10 ML       Doc Dose: 10 ML      Given Qty: 1 SYR
==========================================================================================
EPINEPHRINE 1 MG/ML INJ  0.3 MG IM PRN anaphylaxis                        Rx# 0871148
  No administrations in date range.
==========================================================================================
** END OF REPORT **
"""

D2 = """
PRIOR AUTHORIZATION - TELEPHONE CONTACT LOG
Halvorsen Pulmonary & Sleep, PLLC         Auth coordinator: Denise Tran (ext 214)
Patient: Osei-Bonsu, Reginald K    DOB 07/02/1967    Member ID: KCH 4410928837-01
Plan: Keystone Community Health (Medicaid MCO)    UM ph 1-800-555-0192   UM fax 1-877-555-4410
Drug: Prolastin-C Liquid (J0256) 60 mg/kg IV q week, 52 doses requested, site: VRMC OP infusion
Dx on request: E88.01, J43.1        Prescriber NPI 1932xxxx07
Prior approval period ended 01/31/2026 (renewal below).
---------------------------------------------------------------------------------------
01/20/26 10:42  Outbound to UM line, on hold 22 min. Rep Marcus (ID 4471).
                Call ref# CR-0120-77612. Renewal must be faxed on form KCH-RX-19 with last
                OV note, PFTs, AAT level and genotype. No phone renewals. -DT
01/21/26 15:10  Faxed renewal packet (14 pp) to 1-877-555-4410.
                Fax confirmation# 20260121-151237-004. -DT
01/27/26 09:05  Status call. Rep Allison (ID 2208). Call ref# CR-0127-80155.
                Case# UM-26-0118843 opened 01/22, status "in clinical review". -DT
02/03/26 11:30  Status call. Rep Tyrell (no ID given). Call ref# CR-0203-84430.
                Case UM-26-0118843 PENDED: reviewer wants smoking-status attestation and
                a weight within 30 days. -DT
02/03/26 14:02  Faxed signed attestation + 01/22/26 office note (wt 93.0 kg).
                Fax conf# 20260203-140216-011. -DT
02/09/26 16:18  Status call. Rep Joanne (ID 3390). Call ref# CR-0209-91207.
                Still pended, now with plan pharmacist. NO authorization number issued.
                Rep: if approved, retro-auth may be requested up to 14 days after DOS. -DT
02/11/26 08:55  Dr. Halvorsen aware; pt not to miss more than one week - proceed with
                02/12 dose, office accepts financial risk if denied. Re-call 02/13. -DT
---------------------------------------------------------------------------------------
"""

D3 = """
HALVORSEN PULMONARY & SLEEP - FOLLOW-UP NOTE
Date of visit: 01/22/2026            Provider: Ingrid Halvorsen, MD
Patient: Osei-Bonsu, Reginald K      DOB 07/02/1967

CC: AATD follow-up; augmentation renewal paperwork.

HPI: 58 y/o man with severe alpha-1 antitrypsin deficiency, genotype PI*Z/null
(Q0granite falls) on sequencing 2021, baseline AAT 0.16 g/L. Weekly Prolastin-C
Liquid since 09/2021. Before augmentation he had 3-4 exacerbations a year with
two admissions; since then about one a year, none needing admission, and his FEV1
decline has slowed (see below). Ex-smoker - 30 pk-yr, quit 2016; signed the
plan's smoking attestation today. No vaping. Works as a school bus mechanic.
Daughter (24) tested PI*MZ last year, level 92 mg/dL - counseled, not deficient.

Meds: Prolastin-C Liquid 60 mg/kg IV weekly; budesonide/glycopyrrolate/formoterol
2 puffs BID; albuterol prn; atorvastatin 20 mg.

Exam: BP 138/84  HR 82  SpO2 91% RA  Wt 93.0 kg  BMI 27.8
Decreased breath sounds throughout, prolonged expiration. No clubbing, no edema.

PFT 01/22/26 (post-BD): FEV1 1.46 L (38% pred), FVC 3.92 L, FEV1/FVC 0.37.
  FEV1 trend: 1.71 L (2020) -> 1.58 L (2022) -> 1.52 L (2024) -> 1.46 L today.
CT 2024: panlobular emphysema, lower-lobe predominant.

Assessment/Plan:
1. AATD, Z/null - clinically responding to augmentation (exacerbations down from
   3-4/yr to ~1/yr; FEV1 loss ~30 mL/yr vs ~65 mL/yr before). Continue weekly
   Prolastin-C Liquid; renewal packet to KCH today.
2. Emphysema - continue triple inhaler; pulm rehab maintenance.
3. Daughter counseled via pt; no testing needed for her children unless partner is a carrier.
RTC 6 months.

Ingrid Halvorsen, MD - signed 01/22/2026 17:05
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-12", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-02-11", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-22", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "severe alpha-1 antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "NULL"], "_doc": "d3", "_ev": "genotype PI*Z/null"},
    {"kind": "serum_aat", "value": 0.16, "unit": "g/L", "_doc": "d3", "_ev": "baseline AAT 0.16 g/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "panlobular emphysema, lower-lobe predominant"},
    {"kind": "weight", "value": 92.3, "unit": "kg", "value_kg": 92.3, "_date": "2026-02-12", "_doc": "d1", "_ev": "WT: 92.3 kg (02/12/26 0902)"},
    {"kind": "weight", "value": 93.0, "unit": "kg", "value_kg": 93.0, "_date": "2026-01-22", "_doc": "d3", "_ev": "Wt 93.0 kg"},
    {"kind": "dose", "value": 5500, "_doc": "d1", "_ev": "02/12/26 0938  Admin Dose: 60 MG/KG    Doc Dose: 5500 MG"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "Start: 0938   Stop: 0959   Waste Amt: 0 MG"},
    {"kind": "lot_number", "value": "2P0063", "_doc": "d1", "_ev": "Lot: 2P0063, 2N1907, 2K0415"},
    {"kind": "lot_number", "value": "2N1907", "_doc": "d1", "_ev": "Lot: 2P0063, 2N1907, 2K0415"},
    {"kind": "lot_number", "value": "2K0415", "_doc": "d1", "_ev": "Lot: 2P0063, 2N1907, 2K0415"},
    {"kind": "expiration_date", "value": "2027-08-31", "_doc": "d1", "_ev": "Exp: 08/31/27, 06/30/27, 01/31/26"},
    {"kind": "expiration_date", "value": "2027-06-30", "_doc": "d1", "_ev": "Exp: 08/31/27, 06/30/27, 01/31/26"},
    {"kind": "expiration_date", "value": "2026-01-31", "_doc": "d1", "_ev": "Exp: 08/31/27, 06/30/27, 01/31/26"},
    {"kind": "infusion_start", "value": "09:38", "_doc": "d1", "_ev": "Start: 0938"},
    {"kind": "infusion_end", "value": "09:59", "_doc": "d1", "_ev": "Stop: 0959"},
    {"kind": "fev1", "value": 38, "_doc": "d3", "_ev": "FEV1 1.46 L (38% pred)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "clinically responding to augmentation (exacerbations down from\n   3-4/yr to ~1/yr"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Ex-smoker - 30 pk-yr, quit 2016"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d1", "_ev": "ALPHA-1 PI (PROLASTIN-C LIQUID) 50 MG/ML INJ"},
]

REQUIREMENTS = {
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
    "expiration_date": "conflict",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "missing",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-02-12",
    "weight": {"value": 92.3, "unit": "kg", "kg": 92.3, "date": "2026-02-12"},
    "dose_mg": 5500,
    "target_mg": 5538.0,
    "tolerance_mg": 553.8,
    "deviation_pct": -0.69,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 550,
    "units_billed": 550,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-08-31", "2027-06-30", "2026-01-31"],
    "expiration_ok": False,
}

NOTES = """
Gaps: expiration_date conflict (lot 2K0415 exp 01/31/26, used on 02/12/26; the MAH records the
expiry scan alert override); prior_authorization missing (renewal pended, the call log holds call
reference numbers, a UM case number and fax confirmation numbers but states that no authorization
number was issued; the chart carries none). Traps: the 01/29 and 02/05 blocks of the same order
(same Doc Dose, other lots incl. 2K0388 exp 12/31/26, other start/stop times); Admin Dose 60 MG/KG
(ordered); pharmacy calc 5520 MG; acetaminophen lot/exp; diphenhydramine NOT GIVEN (PTREF);
flush times; epinephrine PRN none; doc/scan times; daughter PI*MZ 92 mg/dL; 93.0 kg office weight
(listed; the DOS 92.3 kg governs); prescriber NPI; member ID.
"""
