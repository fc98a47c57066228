from _h import F, W, reqs

D1 = """*** FAX ***  02/27/2026 09:41 CST   FROM: PROLASTIN DIRECT PROVIDER SVCS   TO: 7135550163   P.1/3

                 PROLASTIN DIRECT - PROVIDER SHIPMENT CONFIRMATION
-------------------------------------------------------------------------------------------
Ship to:  GULF COAST PULMONARY CLINIC - INFUSION, 7700 Fannin St Ste 410, Houston TX 77054
Attn:     Nursing / Receiving        Account: GCPC-3318     Purchase order: 0226-MONT
Patient (for dispensing record): MONTGOMERY, KEISHA L    DOB 11/02/1986
Prescriber: Victor Oyelaran, MD      Rx on file: Prolastin-C Liquid 60 mg/kg IV weekly
Order date 02/24/2026    Ship date 02/26/2026    Carrier UPS Next Day Air 1Z 84F 552 01 7730 4418

ITEM                                  NDC              LOT       EXP          QTY SHIPPED
PROLASTIN-C LIQUID 1,000 mg/20 mL     13533-0705-20    26B1187   06/30/2027   6 vials
PROLASTIN-C LIQUID   500 mg/10 mL     13533-0705-10    26A9023   03/31/2027   2 vials
Total labeled potency shipped: 7,000 mg (covers 2 weekly doses: 03/03 and 03/10)
Ancillary kit: 15-micron filter sets x2, 20G needles, alcohol swabs - no lot tracking

Storage: 2-8 C (36-46 F). Do not freeze. May be stored at room temperature up to
25 C (77 F) for up to one month; once at room temperature do not return to the
refrigerator. Discard if frozen.
-------------------------------------------------------------------------------------------
P.2/3      COLD-CHAIN DATA - LogTag TRIX-8 S/N 8A0027719 (start 02/26 13:55, stop 02/27 08:22)
Time (CST)      Temp      Time (CST)      Temp      Time (CST)      Temp
02/26 13:55     4.1 C     02/26 20:00     5.0 C     02/27 02:00     6.1 C
02/26 15:00     4.3 C     02/26 21:00     5.2 C     02/27 03:00     6.4 C
02/26 16:00     4.4 C     02/26 22:00     5.3 C     02/27 04:00     6.9 C
02/26 17:00     4.6 C     02/26 23:00     5.6 C     02/27 05:00     7.4 C
02/26 18:00     4.7 C     02/27 00:00     5.8 C     02/27 06:00     8.0 C
02/26 19:00     4.9 C     02/27 01:00     5.9 C     02/27 06:10     8.4 C  <- HIGH ALARM
                                                    02/27 06:22     7.9 C
                                                    02/27 07:00     7.2 C
                                                    02/27 08:22     6.6 C
Summary: min 4.1 C / max 8.4 C; above 8.0 C for 12 min (06:10-06:22, UPS hub transfer).
-------------------------------------------------------------------------------------------
P.3/3      EXCURSION ASSESSMENT
Product remained far below the 25 C room-temperature allowance in the labeling; total time
above 8 C was 12 minutes. Per manufacturer stability data the product is acceptable for
use with the original expiration dating; no shortening of expiry is required.
Assessed by: Renee Caldwell, PharmD, PROLASTIN DIRECT    02/27/2026 09:30 CST
Clinic acknowledgement requested - please sign and fax back to 1-888-555-0132.

Received by clinic: ______________________  Date/time: ________________
  [handwritten: "L. Pham RN 2/27/26 10:05 - 8 vials, lots match, in fridge B"]
"""

D2 = """Gulf Coast Pulmonary Clinic
7700 Fannin St, Suite 410, Houston, TX 77054    Ph 713-555-0160

Montgomery, Keisha L                       DOB: 11/02/1986   Age: 39 Y   Sex: Female
Date: 03/03/2026                           Account Number: 88214
Provider: Victor Oyelaran, MD              Insurance: Superior HealthPlan (TX Medicaid STAR)
Appointment Facility: Gulf Coast Pulmonary Clinic    Visit: Office visit + infusion

Subjective:
Chief Complaint(s):
  * Alpha-1 follow up
  * weekly Prolastin infusion
HPI:
  39 y/o F with severe AATD (PI*ZZ) and emphysema with mild bronchiectasis, on weekly
  augmentation since 08/2023. Here for 3-month MD visit on infusion day. Feels well.
  Since the last visit: no exacerbations, no antibiotics, no ED visits. Before therapy she
  had 4 courses of antibiotics/steroids in 2022-23. Cough with small amounts of clear sputum
  most mornings, unchanged. Walking her kids to school (0.6 mi) without stopping.
  Tolerating infusions - no reactions. Moved in 01/2026; new address updated.

Current Medication:
  Taking
  * Prolastin-C Liquid 1000 MG/20ML Solution 60 mg/kg (3450 mg) IV once weekly in clinic
  * Stiolto Respimat 2.5-2.5 MCG/ACT Aerosol Solution 2 puffs once a day
  * Albuterol Sulfate HFA 108 (90 Base) MCG/ACT 2 puffs q4-6h PRN
  * Hypertonic saline 7 % nebulized twice daily (airway clearance)
  * Etonogestrel implant (Nexplanon) placed 05/2024
  * Cetirizine 10 MG Tablet 1 tab daily PRN allergies
Medical History: AATD PI*ZZ; emphysema; bronchiectasis (mild, lower lobes);
  allergic rhinitis; iron deficiency anemia (resolved 2024); anxiety.
Allergies/Intolerance: NKDA.
Surgical History: C-section x2 (2014, 2017).
Family History: Mother: PI*MZ. Father: unknown. Sons (11, 8): PI*MZ both (tested 2024).
  Maternal uncle: "liver disease", died age 52.
Social History: Never smoker. No vaping. No marijuana. Works from home (medical billing).

ROS: No fever, no hemoptysis, no weight loss, no chest pain, no leg swelling.

Objective:
Vitals: BP 112/68, HR 80, RR 16, Temp 98.2 F, SpO2 96 % RA, Ht 5 ft 5 in,
  Wt 57.5 kg, BMI 21.1 (10:05 AM)
Examination: Lungs - scattered coarse crackles at R base that clear with cough; no wheeze.
  Heart RRR. No clubbing. No hepatomegaly, no jaundice.

Past Results:
  AAT, serum (Quest 04/2023, before therapy): 0.22 g/L (ref 1.00-1.90)
  SERPINA1 genotype (Quest 05/2023): Glu342Lys (legacy numbering; Z allele) homozygous.
  Spirometry 12/2025: post-BD FEV1 1.53 L, 49 % predicted; FEV1/FVC 0.51.
  CT chest 06/2023: panlobular emphysema lower lobes, mild bronchiectasis RLL/LLL.

Assessment:
  1. Alpha-1-antitrypsin deficiency - E88.01 (Primary)
  2. Panlobular emphysema - J43.1
  3. Bronchiectasis, uncomplicated - J47.9
  4. Allergic rhinitis - J30.9

Plan:
  1. AATD with emphysema: clinically stable and better than before therapy on weekly
     Prolastin-C Liquid (no exacerbations in 12 mo, FEV1 stable vs 49 % last year,
     tolerating well). Continue 60 mg/kg IV weekly; dose today per weight - see nursing
     addendum. Superior PA # SHP-26-0081147 valid 01/01/2026-12/31/2026.
  2. Bronchiectasis: continue hypertonic saline + airway clearance vest. Sputum culture
     if exacerbation.
  3. Sons PI*MZ - counseled: carriers, avoid smoking.
  4. Vaccines: flu 10/2025, RSV 11/2025 (high-risk), PCV20 2023.
Procedure Codes: 99214-25; 96365; J0256 (see addendum for units); J0256-JW
Follow Up: 3 Months

Electronically signed by Victor Oyelaran, MD on 03/03/2026 at 11:20 AM

Addendum by: Lan Pham, RN on 03/03/2026 at 04:12 PM
  Prolastin-C Liquid administration, 03/03/2026:
  Wt 57.5 kg (clinic scale, 10:05). Dose ordered 60 mg/kg = 3,450 mg = 69.0 mL.
  Vials used (from 02/27 PROLASTIN DIRECT shipment, fridge B, warmed to room temp 30 min):
    1,000 mg/20 mL x3 - Lot 26B1187 - Exp 06/30/2027
      500 mg/10 mL x1 - Lot 26A9023 - Exp 03/31/2027
  PIV 24 g R forearm 10:22, + blood return.
  Infusion started 10:31, 15-micron filter, pump at 4.6 mL/min (0.08 mL/kg/min).
  Infusion ended 10:46. NS flush 10 mL.
  Dose administered: 3,450 mg (69.0 mL).
  Wastage: 50 mg (1.0 mL) left in the 500 mg vial, discarded in pharm waste bin, single-use
  vial. Witnessed by M. Ruiz, MA.
  VS pre 10:18 BP 112/70 HR 82 / post 11:00 BP 110/68 HR 78 SpO2 97 %. No reaction.
  PIV d/c 11:03. Pt left with RTC 03/10/2026 10:00 (vials on hand for that dose).
  Billing: J0256 x 345 units; J0256-JW x 5 units.
  Lan Pham, RN
"""

CHART = {
    "chart_id": "b15-010",
    "date_of_service": "2026-03-03",
    "payer": {"profile": "medicaid", "name": "Superior HealthPlan (Texas Medicaid STAR)"},
    "claim_lines": [
        {"hcpcs": "99214", "units": 1, "modifiers": ["25"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0256", "units": 345, "modifiers": []},
        {"hcpcs": "J0256", "units": 5, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-02-27", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-03-03", "text": D2},
    ],
}

GOLD = {
    "chart_id": "b15-010",
    "profile": "medicaid",
    "requirements": reqs(
        "medicaid",
        aatd_diagnosis="met", genotype="met", serum_aat_level="met",
        lung_disease_evidence="met", patient_weight="met", dose_administered="met",
        dose_matches_weight="met", units_match_dose="met", wastage_documented="met",
        lot_number="met", expiration_date="met", infusion_times="met",
        response_to_therapy="met", prior_authorization="met", code_selection="met",
        smoking_status="met",
    ),
    "findings": [
        F("aatd_diagnosis", ("d2", "Alpha-1-antitrypsin deficiency - E88.01 (Primary)")),
        F("genotype", ("d2", "Glu342Lys (legacy numbering; Z allele) homozygous"), alleles=["Z", "Z"]),
        F("serum_aat", ("d2", "0.22 g/L"), value=0.22, unit="g/L"),
        F("lung_disease", ("d2", "Panlobular emphysema - J43.1"), value="emphysema"),
        F("lung_disease", ("d2", "Bronchiectasis, uncomplicated - J47.9"), value="bronchiectasis"),
        W(("d2", "Wt 57.5 kg"), 57.5, "kg"),
        F("dose", ("d2", "Dose administered: 3,450 mg (69.0 mL)"), value=3450),
        F("wastage", ("d2", "Wastage: 50 mg (1.0 mL)"), value=50),
        F("lot_number", ("d2", "Lot 26B1187"), value="26B1187"),
        F("lot_number", ("d2", "Lot 26A9023"), value="26A9023"),
        F("expiration_date", ("d2", "Lot 26B1187 - Exp 06/30/2027"), value="2027-06-30"),
        F("expiration_date", ("d2", "Lot 26A9023 - Exp 03/31/2027"), value="2027-03-31"),
        F("infusion_start", ("d2", "Infusion started 10:31"), value="10:31"),
        F("infusion_end", ("d2", "Infusion ended 10:46"), value="10:46"),
        F("fev1", ("d2", "post-BD FEV1 1.53 L, 49 % predicted"), value=49),
        F("response_to_therapy", ("d2", "clinically stable and better than before therapy")),
        F("prior_authorization", ("d2", "PA # SHP-26-0081147"), value="SHP-26-0081147"),
        F("smoking_status", ("d2", "Never smoker."), value="never"),
        F("drug_product", ("d2", "Prolastin-C Liquid administration"), value="Prolastin-C Liquid"),
    ],
    "notes": (
        "Complete. PROLASTIN DIRECT provider-shipment fax (NDCs, lots, expiries, quantity shipped "
        "for two doses, LogTag cold-chain data with a 12-minute 8.4 C excursion and the "
        "pharmacist's release) next to an eClinicalWorks progress note whose nurse addendum "
        "(signed 16:12) carries the administration. Medicaid JW: 3,500 mg opened - 3,450 mg given = "
        "50 mg waste -> JW 5 units; administered 345 units. Traps: 7,000 mg and 8 vials shipped; "
        "med list 'IV once weekly (3450 mg)' order; 'Dose ordered ... = 3,450 mg' calculation; "
        "logger times, UPS tracking, PO and account numbers; PIV 10:22, VS 10:18/11:00, PIV out 11:03; "
        "mother and sons PI*MZ (family), uncle's liver disease; Glu342Lys legacy numbering = Z; "
        "cetirizine 10 mg; planned next dose 03/10. Lot/expiry in the fax equal the addendum's."
    ),
}

ARITH = {
    "weight_kg": 57.5, "weight_source": "d2 vitals 10:05 DOS",
    "product": "Prolastin-C Liquid", "code": "J0256", "billing_unit_mg": 10,
    "dose_mg": 3450, "vial_total_mg": 3500, "waste_mg": 50,
    "billed_admin_units": 345, "billed_jw_units": 5,
    "modifier_expected": "JW x5 on separate line", "modifier_billed": "JW x5",
    "lots": [{"lot": "26B1187", "exp": "2027-06-30"}, {"lot": "26A9023", "exp": "2027-03-31"}],
    "start": "10:31", "end": "10:46",
}
